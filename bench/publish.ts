// npm run bench:publish [-- --duration 15 --connections 64]: POST /api/v1/events throughput on the production
// server, with one subscribed connector (each publish writes the event, one delivery and its wake-up in one
// transaction); workers off so only publishing is measured. Counts what was stored afterwards, and measures the
// minimal ceiling (bare http + key check + JSON.parse + one INSERT, primary key only) with the same load.
import { parseArgs } from "node:util";
import pg from "pg";
import { benchDatabase } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { measureMinimalCeiling } from "./lib/minimal-ceiling";
import { autocannon, startChild } from "./lib/processes";
import { writeResults } from "./lib/write-results";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "64" },
    // Options for the app's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
    "app-node-args": { type: "string", default: "" },
  },
});
const duration = values.duration!;
const connections = values.connections!;
const log = (message: string) => console.log(`[bench:publish] ${message}`);

const database = await benchDatabase("publish", log);
const { db, disconnectDb } = await import("../lib/db");
const { defaultWorkspaceId } = await import("../lib/workspaces/default-workspace");
const { createApiToken } = await import("../lib/auth/api-tokens");
const workspaceId = await defaultWorkspaceId();
const eventType = await db().eventType.create({ data: { workspaceId, key: "bench.publish" } });
const connector = await db().connector.create({
  data: { workspaceId, name: "Bench", url: "http://127.0.0.1:9/unused", method: "POST" },
});
await db().subscription.create({ data: { connectorId: connector.id, eventTypeId: eventType.id } });
const { token } = await createApiToken(workspaceId, { name: "bench", role: "admin" }, null);

const app = await startChild(
  "scripts/start.ts",
  [],
  {
    DATABASE_URL: database.url,
    PORT: "3920",
    HOSTNAME: "127.0.0.1",
    SWITCHBOARD_WORKERS: "0",
    SWITCHBOARD_LOG_LEVEL: "warn",
    // One token drives the whole run: its per-minute limit would measure the limiter, not the route.
    SWITCHBOARD_API_TOKEN_RATE_LIMIT: "0",
  },
  "ready on",
  undefined,
  values["app-node-args"]!.split(" ").filter(Boolean),
);
const body = JSON.stringify({
  type: "bench.publish",
  payload: { lead: { id: 42, email: "ann@example.com", stage: "new" } },
});
// One load shape for the publish route and the minimal ceiling: only the URL and the credential differ.
const loadArgs = (url: string, headers: string[], seconds: string) => [
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
const args = (seconds: string) =>
  loadArgs("http://127.0.0.1:3920/api/v1/events", [`authorization=Bearer ${token}`], seconds);
const countEvents = async () => {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ events: string; deliveries: string }>(
    `SELECT (SELECT count(*) FROM "Event") AS events, (SELECT count(*) FROM "Delivery") AS deliveries`,
  );
  await client.end();
  return { events: Number(rows[0]!.events), deliveries: Number(rows[0]!.deliveries) };
};
log("warming up");
await autocannon(args("3"));
const before = await countEvents();
log(`measuring: ${connections} connections, ${duration} s`);
const result = await autocannon(args(duration));
log("measured publishing");
const after = await countEvents();
await app.stop();
log("measuring the minimal ceiling");
const minimal = await measureMinimalCeiling(database.url, 3921, loadArgs, duration);
const machine = await describeMachine(database.url);
await disconnectDb();
await database.stop();

const stored = after.events - before.events;
writeResults(
  "publish",
  {
    machine,
    settings: { connections: Number(connections), durationSeconds: Number(duration) },
    result: {
      reqPerSec: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      accepted: result["2xx"],
      non2xx: result.non2xx,
      errors: result.errors,
      eventsStored: stored,
      deliveriesStored: after.deliveries - before.deliveries,
    },
    minimalCeiling: {
      reqPerSec: minimal.result.requests.average,
      p99Ms: minimal.result.latency.p99,
      ok: minimal.result["2xx"],
      stored: minimal.stored,
    },
    ratioToMinimal: result.requests.average / minimal.result.requests.average,
  },
  [
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${machine.postgres}`,
    `Load: autocannon, ${connections} connections, ${duration} s, POST /api/v1/events with one subscriber`,
    "",
    "| req/s | p50 ms | p99 ms | 202 | non-2xx | errors | events stored | deliveries stored |",
    "|---|---|---|---|---|---|---|---|",
    `| ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result["2xx"]} | ${result.non2xx} | ${result.errors} | ${stored} | ${after.deliveries - before.deliveries} |`,
    "",
    `Minimal ceiling (bare http + key check + JSON.parse + one INSERT, primary key only), same load: ${minimal.result.requests.average.toFixed(0)} req/s, p99 ${minimal.result.latency.p99} ms, ${minimal.stored} rows.`,
    `Publish reaches ${((result.requests.average / minimal.result.requests.average) * 100).toFixed(0)} % of it (target ≥ 60 %).`,
  ],
);
