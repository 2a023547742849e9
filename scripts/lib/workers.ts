// In-process delivery workers for npm start (SWITCHBOARD_WORKERS, default 1; 0 leaves delivery to npm run worker).
import { startWorkersFromEnv } from "../../lib/runtime/start-workers";

export async function startInProcessWorkers(count: number, log: (message: string) => void) {
  if (count === 0) {
    log("delivery workers: none in this process (SWITCHBOARD_WORKERS=0); run npm run worker");
    return { stop: async () => {} };
  }
  const running = await startWorkersFromEnv(count);
  log(`delivery workers: ${count} in this process`);
  return running;
}
