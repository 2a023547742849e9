// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
import { disconnectDb } from "../lib/db";
import { prepareRuntime } from "./lib/bootstrap";

const log = (message: string) => console.log(`[switchboard] ${message}`);
const database = await prepareRuntime(log);
await disconnectDb();
await database.stop();
