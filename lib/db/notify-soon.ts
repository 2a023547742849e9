// NOTIFY at most once per channel (and payload) per short interval. A NOTIFY takes a database-wide lock at commit,
// so one per inbound request would serialise the receive path; listeners only need to know that something changed.
import { logger } from "../core/logger";
import { pool } from "./pool";

const COALESCE_MS = 25;
const scheduled = new Set<string>();

export function notifySoon(channel: string, payload = ""): void {
  const key = `${channel}\u0000${payload}`;
  if (scheduled.has(key)) return;
  scheduled.add(key);
  setTimeout(() => {
    scheduled.delete(key);
    pool()
      .query("SELECT pg_notify($1, $2)", [channel, payload])
      .catch((error) => logger.warn("notify failed", { channel, error }));
  }, COALESCE_MS).unref();
}
