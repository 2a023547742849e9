// One maintenance round: the overview rollups, then data retention. A session advisory lock taken with try-lock
// means one process works while the others skip that round, so N worker processes do not delete the same rows N
// times over; "Run now" in Settings takes the same lock. The lock lives on a direct connection (see
// lib/db/session-lock.ts), the deletes go through the pool in short statements.
import { withSessionLock } from "../db/session-lock";
import { refreshRollups } from "../overview/rollup";
import { runRetention, type RetentionResult } from "./run-retention";

const LOCK_KEY = 7_245_002;

/** One round if no other process holds the lock; null when it was busy elsewhere. */
export async function runMaintenanceOnce(): Promise<RetentionResult | null> {
  return withSessionLock(LOCK_KEY, async () => {
    await refreshRollups();
    return runRetention();
  });
}
