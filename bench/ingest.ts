// npm run bench:ingest [-- --duration 30 --connections 64 --actions 1]: inbound receive throughput on the production
// server (a trigger with a shared key, rate limit off, 1 KiB JSON bodies; no actions, or with --actions 1 one action
// to a connector at an unused address, workers off, so each accepted request also writes its delivery row in the
// same statement and commit), against two ceilings in the same run: a bare Node http server doing Switchboard's own
// insert (with --actions 1, the event and its delivery in one statement), and the minimal one (key check,
// JSON.parse, one INSERT into a table with only a primary key). Every accepted request must be in the database
// after, with its delivery: counted by the phase header each request carries (bench/lib/phase.ts).
import { parseArgs } from "node:util";
import pg from "pg";
import { benchDatabase } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { measureMinimalCeiling } from "./lib/minimal-ceiling";
import { PHASE_HEADER, settledCount } from "./lib/phase";
import { autocannon, startChild } from "./lib/processes";
import { writeResults } from "./lib/write-results";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "64" },
    // Options for the app's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
    "app-node-args": { type: "string", default: "" },
    // Indexes of "Event" to drop before measuring (comma-separated), to price them: e.g. the search indexes
    // Event_body_idx,Event_headers_idx,Event_rawBody_idx.
    "drop-indexes": { type: "string", default: "" },
    // Actions on the trigger: 0, or 1 (issue 13's "≥ 75 % with one action").
    actions: { type: "string", default: "0" },
    // The app listens here, the same-insert ceiling on the next port, the minimal ceiling on the one after.
    port: { type: "string", default: "3900" },
  },
});
const actionCount = Number(values.actions);
const port = Number(values.port);
if (actionCount !== 0 && actionCount !== 1) throw new Error("--actions takes 0 or 1");
const duration = values.duration!;
const connections = values.connections!;
const log = (message: string) => console.log(`[bench:ingest] ${message}`);

const database = await benchDatabase("ingest", log);
const dropped = values["drop-indexes"]!.split(",").filter(Boolean);
if (dropped.length > 0) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  for (const index of dropped) await client.query(`DROP INDEX "${index}"`);
  await client.end();
  log(`dropped ${dropped.join(", ")}`);
}
const { defaultWorkspaceId } = await import("../lib/workspaces/default-workspace");
const { createBenchTrigger } = await import("./lib/bench-trigger");
const { db, disconnectDb } = await import("../lib/db");
const workspaceId = await defaultWorkspaceId();
// Nothing listens on port 9 and no worker runs (SWITCHBOARD_WORKERS=0): the delivery is written, never sent.
const connector =
  actionCount > 0
    ? await db().connector.create({
        data: { workspaceId, name: "Bench", url: "http://127.0.0.1:9/unused", method: "POST", bodyType: "json" },
      })
    : null;
const trigger = await createBenchTrigger("Bench ingest", "bench-ingest", connector ? [connector.id] : []);

const body = JSON.stringify({
  event: "order_created",
  order_id: "ORD-12345",
  customer: { email: "customer@example.com" },
  pad: "x".repeat(880),
});
const loadArgs = (url: string, headers: string[], seconds = duration) => [
  "-c",
  connections,
  "-d",
  seconds,
  "-m",
  "POST",
  "-H",
  "content-type=application/json",
  ...headers.flatMap((header) => ["-H", header]),
  "-b",
  body,
  url,
];

/** The phase header for a run: both servers write "Event", so each measured run has its own value. */
const phase = (value: "warmup" | "measure-switchboard" | "measure-bare") => `${PHASE_HEADER}=${value}`;

/** The events of one measured run and their deliveries, once the last of its requests have been written. */
const countMeasured = (value: "measure-switchboard" | "measure-bare") =>
  settledCount(async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ events: string; deliveries: string }>(
        `SELECT (SELECT count(*) FROM "Event" WHERE headers->>'${PHASE_HEADER}' = $1) AS events,
           (SELECT count(*) FROM "Delivery" AS d JOIN "Event" AS e ON e.id = d."eventId"
            WHERE e.headers->>'${PHASE_HEADER}' = $1) AS deliveries`,
        [value],
      );
      return { events: Number(rows[0]!.events), deliveries: Number(rows[0]!.deliveries) };
    } finally {
      await client.end();
    }
  });

log(`body ${Buffer.byteLength(body)} bytes, ${connections} connections, ${duration} s per run`);
const secretKey = process.env.SWITCHBOARD_SECRET_KEY ?? "";
const app = await startChild(
  "scripts/start.ts",
  [],
  {
    DATABASE_URL: database.url,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
    SWITCHBOARD_WORKERS: "0",
    SWITCHBOARD_LOG_LEVEL: "warn",
    ...(secretKey ? { SWITCHBOARD_SECRET_KEY: secretKey } : {}),
  },
  "ready on",
  undefined,
  values["app-node-args"]!.split(" ").filter(Boolean),
);
const url = `http://127.0.0.1:${port}/api/webhook/default/bench-ingest`;
log("warming up the Switchboard server");
const key = `x-switchboard-key=${trigger.secret}`;
await autocannon(loadArgs(url, [key, phase("warmup")], "3"));
log("measuring Switchboard");
const switchboard = await autocannon(loadArgs(url, [key, phase("measure-switchboard")]));
log("measured Switchboard");
const storedSwitchboard = await countMeasured("measure-switchboard");
await app.stop();

const bare = await startChild(
  "bench/lib/bare-ingest-server.ts",
  [database.url, String(port + 1), workspaceId, trigger.id, ...(connector ? [connector.id] : [])],
  {},
  "listening",
);
await autocannon(loadArgs(`http://127.0.0.1:${port + 1}/`, [phase("warmup")], "3"));
log("measuring the bare ceiling");
const ceiling = await autocannon(loadArgs(`http://127.0.0.1:${port + 1}/`, [phase("measure-bare")]));
log("measured the bare ceiling");
const storedBare = await countMeasured("measure-bare");
await bare.stop();
log("measuring the minimal ceiling");
const minimal = await measureMinimalCeiling(database.url, port + 2, loadArgs, duration);

const machine = await describeMachine(database.url);
await disconnectDb();
await database.stop();

const ratio = switchboard.requests.average / ceiling.requests.average;
const minimalRatio = switchboard.requests.average / minimal.result.requests.average;
// autocannon stops counting at the deadline while up to one request per connection is still in flight: those are
// stored but not counted. Rows are counted by the run's own phase header, after the last of them landed, so none
// lost = every counted 2xx stored, at most `connections` more, and (with actions) each with its deliveries.
const noneLost = (stored: { events: number; deliveries: number }, ok: number) =>
  stored.events >= ok && stored.events - ok <= Number(connections) && stored.deliveries === stored.events * actionCount;
const run = (result: typeof switchboard, stored: { events: number; deliveries: number }) => ({
  reqPerSec: result.requests.average,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  ok: result["2xx"],
  non2xx: result.non2xx,
  errors: result.errors,
  stored: stored.events,
  deliveriesStored: stored.deliveries,
  everyAcceptedStored: noneLost(stored, result["2xx"]),
});
const target = actionCount === 0 ? 90 : 75;
const results = {
  machine,
  settings: {
    connections: Number(connections),
    durationSeconds: Number(duration),
    bodyBytes: Buffer.byteLength(body),
    droppedIndexes: dropped,
    actions: actionCount,
  },
  switchboard: run(switchboard, storedSwitchboard),
  ceiling: run(ceiling, storedBare),
  minimalCeiling: {
    reqPerSec: minimal.result.requests.average,
    p50Ms: minimal.result.latency.p50,
    p99Ms: minimal.result.latency.p99,
    ok: minimal.result["2xx"],
    non2xx: minimal.result.non2xx,
    errors: minimal.result.errors,
    stored: minimal.stored,
  },
  ratio,
  minimalRatio,
  minimalTarget: target / 100,
};
const row = (name: string, result: typeof switchboard, stored: { events: number; deliveries: number } | number) =>
  `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result["2xx"]} | ${result.non2xx} | ${result.errors} | ${typeof stored === "number" ? stored : stored.events} | ${typeof stored === "number" ? "–" : stored.deliveries} |`;
writeResults(actionCount === 0 ? "ingest" : "ingest-one-action", results, [
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}`,
  `Load: autocannon, ${connections} connections, ${duration} s, ${Buffer.byteLength(body)}-byte JSON body; trigger with ${actionCount === 0 ? "no actions" : "one action (its delivery row written in the same statement and commit as the event; workers off)"}`,
  "",
  "| server | req/s | p50 ms | p99 ms | 2xx | non-2xx | errors | events stored | deliveries stored |",
  "|---|---|---|---|---|---|---|---|---|",
  row("Switchboard receive path", switchboard, storedSwitchboard),
  row(
    actionCount === 0
      ? "bare Node http + Switchboard's own Event INSERT"
      : "bare Node http + Switchboard's own Event and Delivery INSERT, one statement",
    ceiling,
    storedBare,
  ),
  row("minimal: bare http + key check + JSON.parse + INSERT (primary key only)", minimal.result, minimal.stored),
  "",
  `Switchboard reaches ${(minimalRatio * 100).toFixed(0)} % of the minimal ceiling (target ≥ ${target} %) and ${(ratio * 100).toFixed(0)} % of the same-insert ceiling; every accepted request stored${actionCount > 0 ? " with its delivery" : ""}: ${noneLost(storedSwitchboard, switchboard["2xx"]) ? "yes" : "NO"} (rows counted by the run's phase header; they include the requests still in flight when the load stopped).`,
]);
