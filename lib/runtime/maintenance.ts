// Housekeeping every process that runs delivery workers starts once: a maintenance round (overview rollups and
// data retention, lib/retention/maintenance-round.ts) every few minutes.
import { logger } from "../core/logger";
import { runMaintenanceOnce } from "../retention/maintenance-round";

export interface MaintenanceOptions {
  intervalMs?: number;
  /** The first round waits this long, so a process that starts and stops at once (tests, scripts) does no work. */
  initialDelayMs?: number;
}

export function startMaintenance({ intervalMs = 5 * 60_000, initialDelayMs = 60_000 }: MaintenanceOptions = {}): {
  stop(): Promise<void>;
} {
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
