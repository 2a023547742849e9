// npm run worker: delivery workers without the web server, to scale delivery out. Any number of these and of
// npm start processes share one database. SIGINT/SIGTERM finish the requests in flight, then exit.
import { env } from "../lib/env";
import { disconnectDb } from "../lib/db";
import { closePool } from "../lib/db/pool";
import { startWorkersFromEnv } from "../lib/runtime/start-workers";
import { prepareRuntime } from "./lib/bootstrap";

const log = (message: string) => console.log(`[switchboard worker ${process.pid}] ${message}`);

const database = await prepareRuntime(log);
const count = Math.max(1, env().SWITCHBOARD_WORKERS);
const running = await startWorkersFromEnv(count);
log(`delivering with ${count} worker${count === 1 ? "" : "s"}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing requests in flight…`);
  const force = setTimeout(() => process.exit(1), 30_000);
  force.unref();
  await running.stop().catch(() => {});
  await closePool().catch(() => {});
  await disconnectDb().catch(() => {});
  await database.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
