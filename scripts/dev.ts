// npm run dev: the same start-up as npm start (database, migrations, workers) with Next.js in development mode,
// so pages and routes reload as you edit. The receive path is served by the same function as in production.
import { env } from "../lib/env";
import { setupCodeAnnouncement } from "../lib/auth/setup-code";
import { disconnectDb } from "../lib/db";
import { prepareRuntime } from "./lib/bootstrap";
import { startServer } from "./lib/server";
import { startInProcessWorkers } from "./lib/workers";

const log = (message: string) => console.log(`[switchboard dev] ${message}`);

const database = await prepareRuntime(log);
const config = env();
const server = await startServer({ port: config.PORT, hostname: config.HOSTNAME, dev: true });
const workers = await startInProcessWorkers(config.SWITCHBOARD_WORKERS, log);
log(`ready on ${server.url}`);
const setupNotice = await setupCodeAnnouncement(server.url);
if (setupNotice) log(setupNotice);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await server.close().catch(() => {});
  await workers.stop().catch(() => {});
  await disconnectDb().catch(() => {});
  await database.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
