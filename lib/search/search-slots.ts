// Searches one caller may run at once in this process. A free-text search over millions of bodies can take
// seconds (bounded by the statement timeout), and a request that gave up does not stop its query: without a cap
// one viewer could hold every database connection with searches and slow the receive path for everyone. The
// dashboard runs two per search (the list and its counts), and a fast typist a few more while older ones finish.
import { callerSlots } from "../core/caller-slots";
import { AppError } from "../core/errors";
import type { Principal } from "../core/principal";

export const SEARCHES_PER_CALLER = 8;

const searchSlots = callerSlots(
  SEARCHES_PER_CALLER,
  () =>
    new AppError(
      "rate_limited",
      `${SEARCHES_PER_CALLER} searches of yours are still running: wait for them, or narrow the search (a time range, status: or type:)`,
      { limit: SEARCHES_PER_CALLER },
      2,
    ),
);

/** Runs `read` in one of the caller's search slots when it searches (`q` given); plain list reads run as they are. */
export function whileSearching<T>(principal: Principal, q: string | undefined, read: () => Promise<T>): Promise<T> {
  return q ? searchSlots.run(`${principal.kind}:${principal.id}`, read) : read();
}
