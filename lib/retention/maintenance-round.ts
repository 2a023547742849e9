// One maintenance round: the overview rollups, then data retention. A session advisory lock taken with try-lock
// means one process works while the others skip that round, so N worker processes do not delete the same rows N
// times over; "Run now" in Settings takes the same lock.
import { pool } from "../db/pool";
import { refreshRollups } from "../overview/rollup";
import { runRetention, type RetentionResult } from "./run-retention";

const LOCK_KEY = 7_245_002;

/** One round if no other process holds the lock; null when it was busy elsewhere. */
export async function runMaintenanceOnce(): Promise<RetentionResult | null> {
  const client = await pool().connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_KEY]);
    if (!rows[0]?.locked) return null;
    try {
      await refreshRollups();
      return await runRetention(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
