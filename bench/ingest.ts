// npm run bench:ingest [-- --duration 30 --connections 64]: inbound receive throughput on the production server
// (a trigger with a shared key, no actions, rate limit off, 1 KiB JSON bodies), against two ceilings in the same
// run: a bare Node http server doing Switchboard's own insert, and the minimal one (key check, JSON.parse, one
// INSERT into a table with only a primary key). Every accepted request must be in the database after.
import { parseArgs } from "node:util";
import pg from "pg";
import { resetEnvCache } from "../lib/env";
import { benchDatabase } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { measureMinimalCeiling } from "./lib/minimal-ceiling";
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
  },
});
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
process.env.DATABASE_URL = database.url;
resetEnvCache();
const { defaultWorkspaceId } = await import("../lib/workspaces/default-workspace");
const { createTrigger } = await import("../lib/triggers/trigger-service");
const { disconnectDb } = await import("../lib/db");
const workspaceId = await defaultWorkspaceId();
const actor = { kind: "user" as const, id: "bench", userId: null, label: "bench", role: "admin" as const, workspaceId };
const trigger = await createTrigger(
  actor,
  {
    name: "Bench ingest",
    slug: "bench-ingest",
    enabled: true,
    authType: "shared_key",
    headerVariable: "requestHeaders",
    bodyVariable: "requestBody",
    maxBodyBytes: 1024 * 1024,
    rateLimit: null,
    allowedMethods: ["POST"],
    actions: [],
  },
  null,
);

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

async function countEvents() {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Event"`);
  await client.end();
  return Number(rows[0]!.count);
}

log(`body ${Buffer.byteLength(body)} bytes, ${connections} connections, ${duration} s per run`);
const secretKey = process.env.SWITCHBOARD_SECRET_KEY ?? "";
const app = await startChild(
  "scripts/start.ts",
  [],
  {
    DATABASE_URL: database.url,
    PORT: "3900",
    HOSTNAME: "127.0.0.1",
    SWITCHBOARD_WORKERS: "0",
    SWITCHBOARD_LOG_LEVEL: "warn",
    ...(secretKey ? { SWITCHBOARD_SECRET_KEY: secretKey } : {}),
  },
  "ready on",
  undefined,
  values["app-node-args"]!.split(" ").filter(Boolean),
);
const url = `http://127.0.0.1:3900/api/webhook/default/bench-ingest`;
log("warming up the Switchboard server");
await autocannon(loadArgs(url, [`x-switchboard-key=${trigger.secret}`], "3"));
const beforeSwitchboard = await countEvents();
log("measuring Switchboard");
const switchboard = await autocannon(loadArgs(url, [`x-switchboard-key=${trigger.secret}`]));
log("measured Switchboard");
const storedSwitchboard = (await countEvents()) - beforeSwitchboard;
await app.stop();

const bare = await startChild(
  "bench/lib/bare-ingest-server.ts",
  [database.url, "3901", workspaceId, trigger.id],
  {},
  "listening",
);
await autocannon(loadArgs("http://127.0.0.1:3901/", [], "3"));
const beforeBare = await countEvents();
log("measuring the bare ceiling");
const ceiling = await autocannon(loadArgs("http://127.0.0.1:3901/", []));
log("measured the bare ceiling");
const storedBare = (await countEvents()) - beforeBare;
await bare.stop();
log("measuring the minimal ceiling");
const minimal = await measureMinimalCeiling(database.url, 3902, loadArgs, duration);

const machine = await describeMachine(database.url);
await disconnectDb();
await database.stop();

const ratio = switchboard.requests.average / ceiling.requests.average;
const minimalRatio = switchboard.requests.average / minimal.result.requests.average;
// autocannon stops counting at the deadline while up to one request per connection is still in flight: those are
// stored but not counted. None lost = every counted 2xx stored; at most `connections` more.
const noneLost = (stored: number, ok: number) => stored >= ok && stored - ok <= Number(connections);
const results = {
  machine,
  settings: {
    connections: Number(connections),
    durationSeconds: Number(duration),
    bodyBytes: Buffer.byteLength(body),
    droppedIndexes: dropped,
  },
  switchboard: {
    reqPerSec: switchboard.requests.average,
    p50Ms: switchboard.latency.p50,
    p99Ms: switchboard.latency.p99,
    ok: switchboard["2xx"],
    non2xx: switchboard.non2xx,
    errors: switchboard.errors,
    stored: storedSwitchboard,
  },
  ceiling: {
    reqPerSec: ceiling.requests.average,
    p50Ms: ceiling.latency.p50,
    p99Ms: ceiling.latency.p99,
    ok: ceiling["2xx"],
    non2xx: ceiling.non2xx,
    errors: ceiling.errors,
    stored: storedBare,
  },
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
};
writeResults("ingest", results, [
  `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}`,
  `Load: autocannon, ${connections} connections, ${duration} s, ${Buffer.byteLength(body)}-byte JSON body`,
  "",
  "| server | req/s | p50 ms | p99 ms | 2xx | non-2xx | errors | rows stored |",
  "|---|---|---|---|---|---|---|---|",
  `| Switchboard receive path | ${switchboard.requests.average.toFixed(0)} | ${switchboard.latency.p50} | ${switchboard.latency.p99} | ${switchboard["2xx"]} | ${switchboard.non2xx} | ${switchboard.errors} | ${storedSwitchboard} |`,
  `| bare Node http + Switchboard's own Event INSERT | ${ceiling.requests.average.toFixed(0)} | ${ceiling.latency.p50} | ${ceiling.latency.p99} | ${ceiling["2xx"]} | ${ceiling.non2xx} | ${ceiling.errors} | ${storedBare} |`,
  `| minimal: bare http + key check + JSON.parse + INSERT (primary key only) | ${minimal.result.requests.average.toFixed(0)} | ${minimal.result.latency.p50} | ${minimal.result.latency.p99} | ${minimal.result["2xx"]} | ${minimal.result.non2xx} | ${minimal.result.errors} | ${minimal.stored} |`,
  "",
  `Switchboard reaches ${(minimalRatio * 100).toFixed(0)} % of the minimal ceiling (target ≥ 90 %) and ${(ratio * 100).toFixed(0)} % of the same-insert ceiling; every accepted request stored: ${noneLost(storedSwitchboard, switchboard["2xx"]) ? "yes" : "NO"} (rows include the requests still in flight when the load stopped).`,
]);
