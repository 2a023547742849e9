// In-process delivery workers. The delivery queue arrives with event delivery; until then there is nothing to run.
export async function startInProcessWorkers(count: number, log: (message: string) => void) {
  if (count > 0) log(`delivery workers: none yet`);
  return { stop: async () => {} };
}
