// npm run bench:scale [-- --seconds 10 --connections 32]: scale-out on one PostgreSQL. The same load (inbound
// requests to a trigger with one action, then API publishes with one subscriber) against three set-ups in one run:
//   1 app + 1 worker process, connected directly;
//   1 app + 1 worker process, through PgBouncer in transaction mode;
//   2 app + 2 worker processes, through PgBouncer in transaction mode.
// Through PgBouncer, DATABASE_URL names the pooler and DATABASE_DIRECT_URL the database (LISTEN, migrations,
// session locks). App processes run no workers (SWITCHBOARD_WORKERS=0); `npm run worker` processes deliver. The
// load is split evenly over the app processes' ports (what a load balancer in front of them would do). The sink
// counts each event's id (a connector header, {{event.id}}): every accepted request and publish must arrive,
// exactly once since no process is killed.
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { pgbouncerBinary, startPgBouncer, type PgBouncer } from "../tests/support/pgbouncer";
import { benchDatabase } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { autocannon, startChild, type AutocannonResult, type Child } from "./lib/processes";
import { writeResults } from "./lib/write-results";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "32" } },
});
const seconds = values.seconds!;
const connections = Number(values.connections);
const log = (message: string) => console.log(`[bench:scale] ${message}`);
const SINK_PORT = 3941;
const PGBOUNCER_PORT = 6441;
const sinkUrl = `http://127.0.0.1:${SINK_PORT}`;

if (!pgbouncerBinary()) throw new Error("bench:scale needs pgbouncer: apt-get install -y pgbouncer");

const database = await benchDatabase("scale", log);
const { db, disconnectDb } = await import("../lib/db");
const { defaultWorkspaceId } = await import("../lib/workspaces/default-workspace");
const { createBenchTrigger } = await import("./lib/bench-trigger");
const { createApiToken } = await import("../lib/auth/api-tokens");
const workspaceId = await defaultWorkspaceId();
const connector = await db().connector.create({
  data: {
    workspaceId,
    name: "Bench sink",
    url: `${sinkUrl}/hook`,
    method: "POST",
    bodyType: "json",
    headers: [{ name: "x-event-id", value: "{{event.id}}" }],
  },
});
const eventType = await db().eventType.create({ data: { workspaceId, key: "bench.scale" } });
await db().subscription.create({ data: { connectorId: connector.id, eventTypeId: eventType.id } });
const trigger = await createBenchTrigger("Bench scale", "bench-scale", [connector.id]);
const { token } = await createApiToken(workspaceId, { name: "bench", role: "admin" }, null);
const sink = await startChild("bench/lib/sink-server.ts", [String(SINK_PORT)], {}, "listening");

const inboundBody = JSON.stringify({ event: "order_created", order_id: "ORD-12345", pad: "x".repeat(800) });
const publishBody = JSON.stringify({ type: "bench.scale", payload: { lead: { id: 42, email: "ann@example.com" } } });
const load = (port: number, kind: "inbound" | "publish", perProcess: number) =>
  autocannon([
    "-c",
    String(perProcess),
    "-d",
    seconds,
    "-m",
    "POST",
    "-H",
    "content-type=application/json",
    "-H",
    kind === "inbound" ? `x-switchboard-key=${trigger.secret}` : `authorization=Bearer ${token}`,
    "-b",
    kind === "inbound" ? inboundBody : publishBody,
    kind === "inbound"
      ? `http://127.0.0.1:${port}/api/webhook/default/bench-scale`
      : `http://127.0.0.1:${port}/api/v1/events`,
  ]);

interface Setup {
  name: string;
  apps: number;
  workers: number;
  pooled: boolean;
}

async function counts() {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ events: string; deliveries: string; succeeded: string }>(
      `SELECT (SELECT count(*) FROM "Event") AS events, (SELECT count(*) FROM "Delivery") AS deliveries,
              (SELECT count(*) FROM "Delivery" WHERE status = 'succeeded') AS succeeded`,
    );
    return {
      events: Number(rows[0]!.events),
      deliveries: Number(rows[0]!.deliveries),
      succeeded: Number(rows[0]!.succeeded),
    };
  } finally {
    await client.end();
  }
}

/** Events of earlier set-ups: each set-up checks only its own. */
const earlierEvents = new Set<string>();

async function eventIds() {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>(`SELECT id FROM "Event"`)).rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

async function sinkEventIds() {
  return (await (await fetch(`${sinkUrl}/event-ids`)).json()) as Record<string, number>;
}

async function runSetup(setup: Setup, index: number) {
  let bouncer: PgBouncer | null = null;
  if (setup.pooled) bouncer = await startPgBouncer(database.url, PGBOUNCER_PORT + index, 20);
  const databaseEnv: Record<string, string> = bouncer
    ? { DATABASE_URL: bouncer.url, DATABASE_DIRECT_URL: database.url }
    : { DATABASE_URL: database.url };
  const common = { ...databaseEnv, SWITCHBOARD_LOG_LEVEL: "warn", SWITCHBOARD_API_TOKEN_RATE_LIMIT: "0" };
  const children: Child[] = [];
  const ports: number[] = [];
  try {
    // One at a time: the first start may build the app, and two builds into one folder would collide.
    for (let n = 0; n < setup.apps; n++) {
      const port = 3942 + n;
      ports.push(port);
      children.push(
        await startChild(
          "scripts/start.ts",
          [],
          { ...common, PORT: String(port), HOSTNAME: "127.0.0.1", SWITCHBOARD_WORKERS: "0" },
          "ready on",
        ),
      );
    }
    for (let n = 0; n < setup.workers; n++) {
      children.push(
        await startChild(
          "scripts/worker.ts",
          [],
          { ...common, SWITCHBOARD_WORKERS: "1", SWITCHBOARD_ALLOW_PRIVATE: `127.0.0.1:${SINK_PORT}` },
          "delivering with",
        ),
      );
    }
    await fetch(`${sinkUrl}/reset`, { method: "POST" });
    const before = await counts();
    const perProcess = Math.max(1, Math.round(connections / setup.apps));
    const measure = async (kind: "inbound" | "publish") => {
      log(`${setup.name}: ${kind}, ${connections} connections over ${setup.apps} process(es), ${seconds} s`);
      const started = Date.now();
      const results = await Promise.all(ports.map((port) => load(port, kind, perProcess)));
      return { ...sum(results), wallSeconds: (Date.now() - started) / 1000 };
    };
    const inbound = await measure("inbound");
    const publish = await measure("publish");
    const after = await counts();
    const stored = after.events - before.events;
    const accepted = inbound.ok + publish.ok;
    log(`${setup.name}: ${accepted} accepted, ${stored} events stored; waiting for every delivery at the sink`);
    const drainStarted = Date.now();
    let ids = await sinkEventIds();
    while (Object.keys(ids).length < stored && Date.now() - drainStarted < 180_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      ids = await sinkEventIds();
    }
    const newIds = (await eventIds()).filter((id) => !earlierEvents.has(id));
    const missing = newIds.filter((id) => ids[id] === undefined).length;
    for (const id of newIds) earlierEvents.add(id);
    const received = Object.keys(ids).length;
    const sent = Object.values(ids).reduce((total, times) => total + times, 0);
    return {
      setup,
      inbound,
      publish,
      accepted,
      eventsStored: stored,
      deliveriesStored: after.deliveries - before.deliveries,
      receivedDistinct: received,
      receivedTotal: sent,
      duplicates: sent - received,
      missing,
      drainSecondsAfterLoad: (Date.now() - drainStarted) / 1000,
    };
  } finally {
    for (const child of children.reverse()) await child.stop();
    await bouncer?.stop();
  }
}

function sum(results: AutocannonResult[]) {
  return {
    reqPerSec: results.reduce((total, result) => total + result.requests.average, 0),
    ok: results.reduce((total, result) => total + result["2xx"], 0),
    non2xx: results.reduce((total, result) => total + result.non2xx, 0),
    errors: results.reduce((total, result) => total + result.errors, 0),
    p99Ms: Math.max(...results.map((result) => result.latency.p99)),
  };
}

const setups: Setup[] = [
  { name: "1 app + 1 worker, direct", apps: 1, workers: 1, pooled: false },
  { name: "1 app + 1 worker, PgBouncer", apps: 1, workers: 1, pooled: true },
  { name: "2 apps + 2 workers, PgBouncer", apps: 2, workers: 2, pooled: true },
];
const loadBefore = os.loadavg();
const runs = [];
for (const [index, setup] of setups.entries()) runs.push(await runSetup(setup, index));
await sink.stop();
const machine = await describeMachine(database.url);
await disconnectDb();
await database.stop();

const noneLost = runs.every(
  (run) => run.missing === 0 && run.receivedDistinct === run.eventsStored && run.eventsStored >= run.accepted,
);
writeResults(
  "scale",
  { machine, loadAverageBefore: loadBefore, settings: { seconds: Number(seconds), connections }, runs, noneLost },
  [
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}, PgBouncer (transaction mode, pool 20)`,
    `**Shared machine**: other sessions' builds and tests ran on the same two cores; load average ${loadBefore.map((load) => load.toFixed(2)).join(" / ")} before, ${machine.loadAverage.join(" / ")} after (1/5/15 min).`,
    `Load: autocannon, ${connections} connections in all (split evenly over the app processes), ${seconds} s inbound (trigger with one action, ~850-byte JSON) then ${seconds} s publish (one subscriber); every event's delivery counted at a bare Node sink by its id.`,
    "",
    "| set-up | inbound req/s | inbound p99 ms | publish req/s | publish p99 ms | non-2xx / errors | accepted | events stored | delivered (distinct) | duplicates | missing | drain after load |",
    "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ...runs.map(
      (run) =>
        `| ${run.setup.name} | ${run.inbound.reqPerSec.toFixed(0)} | ${run.inbound.p99Ms} | ${run.publish.reqPerSec.toFixed(0)} | ${run.publish.p99Ms} | ${run.inbound.non2xx + run.publish.non2xx} / ${run.inbound.errors + run.publish.errors} | ${run.accepted} | ${run.eventsStored} | ${run.receivedDistinct} | ${run.duplicates} | ${run.missing} | ${run.drainSecondsAfterLoad.toFixed(1)} s |`,
    ),
    "",
    `Every accepted request and publish delivered, none lost: ${noneLost ? "yes" : "NO"} (events stored include requests still in flight when autocannon stopped counting).`,
  ],
);
