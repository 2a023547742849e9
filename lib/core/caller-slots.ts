// A cap on how much of one costly kind of work (a live stream, a search) one caller runs at once in this process.
// Rate limits count requests over time; this counts what is still running, which is what ties up sockets, timers
// and database connections when one caller opens many at once.
import type { AppError } from "./errors";

export interface CallerSlots {
  /** Counts one in for `caller`, or throws the refusal past the limit; the returned function counts it out (once). */
  hold(caller: string): () => void;
  /** Runs `work` in a slot of `caller`'s, released when it settles. */
  run<T>(caller: string, work: () => Promise<T>): Promise<T>;
}

export function callerSlots(limit: number, refusal: () => AppError): CallerSlots {
  const held = new Map<string, number>();
  const hold = (caller: string) => {
    const count = held.get(caller) ?? 0;
    if (count >= limit) throw refusal();
    held.set(caller, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (held.get(caller) ?? 1) - 1;
      if (left > 0) held.set(caller, left);
      else held.delete(caller);
    };
  };
  return {
    hold,
    async run(caller, work) {
      const release = hold(caller);
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
