// Starts the configured number of delivery workers in this process, with settings from the environment, and the
// housekeeping (rollups, data retention) once per process that runs workers.
import { env } from "../env";
import { startMaintenance } from "./maintenance";
import { startDeliveryWorker, type RunningWorker } from "../delivery/worker";

export async function startWorkersFromEnv(
  count = env().SWITCHBOARD_WORKERS,
): Promise<{ workers: RunningWorker[]; stop: () => Promise<void> }> {
  const config = env();
  const workers: RunningWorker[] = [];
  for (let i = 0; i < count; i++) {
    workers.push(
      await startDeliveryWorker({
        concurrency: config.SWITCHBOARD_WORKER_CONCURRENCY,
        leaseMs: config.SWITCHBOARD_LEASE_MS,
        pollIntervalMs: config.SWITCHBOARD_WORKER_POLL_MS,
        retry: { minDelayAfterThrottleMs: config.SWITCHBOARD_RETRY_THROTTLE_MIN_MS },
      }),
    );
  }
  const maintenance = count > 0 ? startMaintenance() : null;
  return {
    workers,
    stop: async () => void (await Promise.all([...workers.map((worker) => worker.stop()), maintenance?.stop()])),
  };
}
