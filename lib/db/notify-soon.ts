// NOTIFY at most once per channel per short interval. A NOTIFY takes a database-wide lock at commit, so one per
// inbound request would serialise the receive path; listeners only need to know that something changed.
import { logger } from "../core/logger";
import { pool } from "./pool";

const COALESCE_MS = 25;
const scheduled = new Set<string>();

export function notifySoon(channel: string): void {
  if (scheduled.has(channel)) return;
  scheduled.add(channel);
  setTimeout(() => {
    scheduled.delete(channel);
    pool()
      .query("SELECT pg_notify($1, '')", [channel])
      .catch((error) => logger.warn("notify failed", { channel, error }));
  }, COALESCE_MS).unref();
}
