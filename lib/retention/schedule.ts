// Housekeeping every process that runs delivery workers starts once: the overview rollups and data retention,
// every few minutes. A session advisory lock taken with try-lock means one process works while the others skip
// that round, so N worker processes do not delete the same rows N times over.
import { pool } from "../db/pool";
import { logger } from "../core/logger";
import { refreshRollups } from "../overview/rollup";
import { runRetention, type RetentionResult } from "./run-retention";

const LOCK_KEY = 7_245_002;

export interface MaintenanceOptions {
  intervalMs?: number;
  /** The first round waits this long, so a process that starts and stops at once (tests, scripts) does no work. */
  initialDelayMs?: number;
}

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

export function startMaintenance({ intervalMs = 5 * 60_000, initialDelayMs = 60_000 }: MaintenanceOptions = {}): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout;
  const round = async () => {
    try {
      const result = await runMaintenanceOnce();
      if (result && (result.deliveries || result.events)) logger.info("retention deleted old data", { ...result });
    } catch (error) {
      logger.error("maintenance round failed", { error });
    }
  };
  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      running = round().finally(() => {
        if (!stopped) schedule(intervalMs);
      });
    }, delay);
    timer.unref();
  };
  schedule(initialDelayMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
