// npm start: database (embedded unless DATABASE_URL) → migrations → build when sources changed → serve with the
// delivery workers in this process. Ctrl-C stops the server, the workers and the embedded database.
import { env, resetEnvCache } from "../lib/env";
import { setupCodeAnnouncement } from "../lib/auth/setup-code";
import { disconnectDb } from "../lib/db";
import { closeAllListeners } from "../lib/db/listen";
import { closePool } from "../lib/db/pool";
import { prepareRuntime } from "./lib/bootstrap";
import { buildIfNeeded } from "./lib/build";
import { startServer } from "./lib/server";
import { startInProcessWorkers } from "./lib/workers";

const log = (message: string) => console.log(`[switchboard] ${message}`);
const startedAt = Date.now();

const database = await prepareRuntime(log);
await buildIfNeeded(log);

// Next.js serves the production build only when NODE_ENV says so (its types mark the variable read-only).
Object.assign(process.env, { NODE_ENV: "production" });
resetEnvCache();
const config = env();
const server = await startServer({ port: config.PORT, hostname: config.HOSTNAME });
const workers = await startInProcessWorkers(config.SWITCHBOARD_WORKERS, log);
log(`ready on ${server.url} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
const setupNotice = await setupCodeAnnouncement(server.url);
if (setupNotice) log(setupNotice);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping…`);
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  await server.close().catch(() => {});
  await workers.stop().catch(() => {});
  await closeAllListeners().catch(() => {});
  await disconnectDb().catch(() => {});
  await closePool().catch(() => {});
  await database.stop().catch(() => {});
  log("stopped");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
