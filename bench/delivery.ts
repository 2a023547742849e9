// npm run bench:delivery [-- --events 20000 --rate 1000 --seconds 10]: delivery throughput and lag with one worker
// process against a local sink. `--worker-node-args="--cpu-prof --cpu-prof-dir=/tmp/prof"` profiles the worker
// (node options, space-separated; NODE_OPTIONS does not take --cpu-prof).
//   1. Backlog: publish N events (through publishEvent, the API's own code) to one subscribed connector with no
//      worker running, then start one `npm run worker` process and time how fast it drains them.
//   2. Lag: with the worker running, publish at a steady rate and measure publish-to-receipt lag at the sink.
//   3. Ceiling: a bare undici loop posting the same number of requests to the same sink, same concurrency.
import { parseArgs } from "node:util";
import { Pool } from "undici";
import { benchDatabase } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { startChild } from "./lib/processes";
import { percentile, writeResults } from "./lib/write-results";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "20000" },
    rate: { type: "string", default: "1000" },
    seconds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "64" },
    "worker-node-args": { type: "string", default: "" },
  },
});
const events = Number(values.events);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const concurrency = values.concurrency!;
const log = (message: string) => console.log(`[bench:delivery] ${message}`);
const SINK_PORT = Number(process.env.BENCH_SINK_PORT) || 3910;
const sinkUrl = `http://127.0.0.1:${SINK_PORT}`;

const database = await benchDatabase("delivery", log);
const { db, disconnectDb } = await import("../lib/db");
const { defaultWorkspaceId } = await import("../lib/workspaces/default-workspace");
const { publishEvent } = await import("../lib/events/publish-event");
const { closePool } = await import("../lib/db/pool");
const workspaceId = await defaultWorkspaceId();
const eventType = await db().eventType.create({ data: { workspaceId, key: "bench.delivery" } });
const connector = await db().connector.create({
  data: { workspaceId, name: "Bench sink", url: `${sinkUrl}/hook`, method: "POST", bodyType: "json" },
});
await db().subscription.create({ data: { connectorId: connector.id, eventTypeId: eventType.id } });

const sink = await startChild("bench/lib/sink-server.ts", [String(SINK_PORT)], {}, "listening");
const stats = async () =>
  (await (await fetch(`${sinkUrl}/stats`)).json()) as { count: number; firstAt: number; lastAt: number };
const waitForCount = async (count: number, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await stats();
    if (current.count >= count) return current;
    if (Date.now() > deadline) throw new Error(`sink got ${current.count} of ${count} in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

async function publishMany(count: number, payload: (n: number) => Record<string, unknown>, parallel = 8) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const n = next++;
        await publishEvent(workspaceId, { type: "bench.delivery", payload: payload(n) as never });
      }
    }),
  );
}

// 1. Backlog drain.
log(`publishing ${events} events with no worker running`);
const publishStarted = Date.now();
await publishMany(events, (n) => ({ n, pad: "x".repeat(200) }));
const publishSeconds = (Date.now() - publishStarted) / 1000;
const workerEnv = {
  DATABASE_URL: database.url,
  SWITCHBOARD_WORKERS: "1",
  SWITCHBOARD_WORKER_CONCURRENCY: concurrency,
  SWITCHBOARD_ALLOW_PRIVATE: "127.0.0.1",
  SWITCHBOARD_LOG_LEVEL: "warn",
};
log("starting one worker process to drain the backlog");
const worker = await startChild(
  "scripts/worker.ts",
  [],
  workerEnv,
  "delivering with",
  undefined,
  values["worker-node-args"]!.split(" ").filter(Boolean),
);
const drained = await waitForCount(events, 600_000);
// Outcomes are written in batches just behind the sends: wait until every delivery is recorded as succeeded.
let succeeded = 0;
for (let tries = 0; tries < 600 && succeeded < events; tries++) {
  succeeded = await db().delivery.count({ where: { connectorId: connector.id, status: "succeeded" } });
  if (succeeded < events) await new Promise((resolve) => setTimeout(resolve, 100));
}
const drainSeconds = (drained.lastAt - drained.firstAt) / 1000;
const deliveriesPerSecond = events / drainSeconds;
log(`drained ${events} in ${drainSeconds.toFixed(1)} s: ${deliveriesPerSecond.toFixed(0)}/s`);

// 2. Lag at a steady publish rate: from the moment publishing returned (the event is committed) to its arrival.
await fetch(`${sinkUrl}/reset`, { method: "POST" });
const lagEvents = rate * seconds;
log(`publishing ${lagEvents} events at ${rate}/s with the worker running`);
const publishedAt: number[] = [];
const lagStarted = Date.now();
let published = 0;
const inFlight: Promise<unknown>[] = [];
while (published < lagEvents) {
  const due = Math.min(lagEvents, Math.floor(((Date.now() - lagStarted) / 1000) * rate) + 1);
  for (; published < due; published++) {
    const n = published;
    inFlight.push(
      publishEvent(workspaceId, { type: "bench.delivery", payload: { n } }).then(() => (publishedAt[n] = Date.now())),
    );
  }
  await new Promise((resolve) => setTimeout(resolve, 2));
}
await Promise.all(inFlight);
const achievedRate = lagEvents / ((Date.now() - lagStarted) / 1000);
await waitForCount(lagEvents, 120_000);
const receipts = (await (await fetch(`${sinkUrl}/receipts`)).json()) as Record<string, number>;
const lags = publishedAt.map((at, n) => Math.max(0, receipts[n]! - at)).sort((a, b) => a - b);
const lag = { p50: percentile(lags, 50), p99: percentile(lags, 99), max: lags.at(-1)! };
await worker.stop();

// 3. The sink's ceiling with a bare undici loop.
await fetch(`${sinkUrl}/reset`, { method: "POST" });
const client = new Pool(sinkUrl, { connections: Number(concurrency) });
const body = JSON.stringify({ pad: "x".repeat(200) });
let sent = 0;
const ceilingStarted = Date.now();
await Promise.all(
  Array.from({ length: Number(concurrency) }, async () => {
    while (sent < events) {
      sent++;
      const response = await client.request({
        path: "/hook",
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      await response.body.dump();
    }
  }),
);
const ceilingPerSecond = events / ((Date.now() - ceilingStarted) / 1000);
await client.close();
await sink.stop();

const machine = await describeMachine(database.url);
await closePool();
await disconnectDb();
await database.stop();

const results = {
  machine,
  settings: { events, workerProcesses: 1, workerConcurrency: Number(concurrency), lagRate: rate, lagSeconds: seconds },
  backlog: { publishSeconds, drainSeconds, deliveriesPerSecond, succeeded },
  lag: { targetRate: rate, achievedRate, p50Ms: lag.p50, p99Ms: lag.p99, maxMs: lag.max },
  ceiling: { bareUndiciPerSecond: ceilingPerSecond },
  ratio: deliveriesPerSecond / ceilingPerSecond,
};
writeResults("delivery", results, [
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}`,
  "",
  "| measure | value |",
  "|---|---|",
  `| backlog of ${events} events drained by 1 worker process (concurrency ${concurrency}) | ${deliveriesPerSecond.toFixed(0)} deliveries/s (${drainSeconds.toFixed(1)} s) |`,
  `| deliveries succeeded and recorded | ${succeeded} of ${events} |`,
  `| publish-to-receipt lag at ${achievedRate.toFixed(0)} events/s | p50 ${lag.p50} ms, p99 ${lag.p99} ms, max ${lag.max} ms |`,
  `| same sink, bare undici loop (ceiling) | ${ceilingPerSecond.toFixed(0)} requests/s |`,
  "",
  `Worker throughput is ${((deliveriesPerSecond / ceilingPerSecond) * 100).toFixed(0)} % of the bare ceiling. Targets (issue 13): ≥ 6,000 deliveries/s with one worker process, p99 publish-to-receipt < 100 ms at 1,000 events/s.`,
]);
