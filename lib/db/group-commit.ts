// Group commit: writes that arrive while earlier ones are being committed are written together, in one statement
// and one commit, instead of one commit each. A write is handed to `write` at once when nothing is in flight (a lone
// request waits for nothing); while `maxInFlight` batches are in flight, new writes queue, and the first batch to
// finish takes what accumulated (the classic leader scheme: no timer, the previous commit is the wait). Each caller
// is answered only when its batch has committed; if a batch fails, every caller in it fails and nothing of it is
// stored (one statement is one transaction).
import { AppError } from "../core/errors";
import { logger } from "../core/logger";
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "./unavailable";

interface Pending<T, R> {
  item: T;
  keys: string[];
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions<T, R> {
  /** Writes the items in one statement; answers one result per item, in order. */
  write: (items: T[]) => Promise<R[]>;
  maxBatch: number;
  maxInFlight: number;
  /**
   * Items that must not share a statement (the same idempotency key twice would make one statement touch one row
   * twice): an item with a key already taken waits for the next batch, in order.
   */
  keysOf?: (item: T) => string[];
}

export interface GroupCommit<T, R> {
  (item: T): Promise<R>;
  /** Writes waiting for a statement (tests wait on it to gather a batch). */
  waiting: () => number;
}

export function groupCommit<T, R>(options: GroupCommitOptions<T, R>): GroupCommit<T, R> {
  const queue: Pending<T, R>[] = [];
  let inFlight = 0;

  const takeBatch = (): Pending<T, R>[] => {
    const batch: Pending<T, R>[] = [];
    const taken = new Set<string>();
    for (let index = 0; index < queue.length && batch.length < options.maxBatch;) {
      const pending = queue[index]!;
      if (pending.keys.some((key) => taken.has(key))) {
        index++;
        continue;
      }
      for (const key of pending.keys) taken.add(key);
      batch.push(pending);
      queue.splice(index, 1);
    }
    return batch;
  };

  const flush = () => {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = takeBatch();
      inFlight++;
      options
        .write(batch.map((pending) => pending.item))
        .then(
          (results) => batch.forEach((pending, index) => pending.resolve(results[index]!)),
          (error: unknown) => {
            const failure = batch.length === 1 ? error : batchFailure(error, batch.length);
            for (const pending of batch) pending.reject(failure);
          },
        )
        .finally(() => {
          inFlight--;
          flush();
        });
    }
  };

  const add = (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, keys: options.keysOf?.(item) ?? [], resolve, reject });
      flush();
    });
  return Object.assign(add, { waiting: () => queue.length });
}

/**
 * What each caller of a failed batch is told. An unreachable database is itself (the edge answers it 503); any
 * other failure may be one caller's row sinking the others', so none of them is told it was their fault: 503 with
 * Retry-After, and the cause logged once here. Alone, a write fails as it always did.
 */
function batchFailure(error: unknown, size: number): unknown {
  if (isDatabaseUnavailable(error)) return error;
  logger.error("a group commit failed: every write in it is refused with 503", { size, error });
  return new AppError(
    "unavailable",
    "Switchboard could not store this request together with others; nothing was stored: try again shortly",
    null,
    UNAVAILABLE_RETRY_AFTER_SECONDS,
  );
}
