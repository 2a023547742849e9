// Which run of a bench a request belongs to: a header every request carries (warmup or measure), stored with its
// row (Switchboard's "Event".headers, the ceilings' headers column), so "every accepted request stored" counts the
// measured run's rows exactly. Counting new rows by snapshot instead took in the warm-up's last requests, still
// being committed when the measured run began: up to one per connection more, a false "NO".
export const PHASE_HEADER = "x-bench-phase";

/**
 * Counts until two counts 250 ms apart agree: autocannon stops at its deadline with up to one request per
 * connection still being written, and those rows land a moment later.
 */
export async function settledCount<T>(count: () => Promise<T>): Promise<T> {
  let last = await count();
  for (let tries = 0; tries < 40; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const next = await count();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}
