// The time window of a range: whole buckets aligned to UTC, the last one still filling. Ranges of a day or more
// use buckets of whole hours so the hourly rollup can answer them.
import type { OverviewRange } from "./schema";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const specs: Record<OverviewRange, { bucketMs: number; buckets: number }> = {
  "1h": { bucketMs: 2 * MINUTE, buckets: 30 },
  "24h": { bucketMs: HOUR, buckets: 24 },
  "7d": { bucketMs: 6 * HOUR, buckets: 28 },
  "30d": { bucketMs: 24 * HOUR, buckets: 30 },
};

export interface TimeWindow {
  from: Date;
  to: Date;
  bucketMs: number;
  /** Start of every bucket, oldest first. */
  starts: Date[];
}

export function timeWindow(range: OverviewRange, now: Date): TimeWindow {
  const { bucketMs, buckets } = specs[range];
  const lastStart = Math.floor(now.getTime() / bucketMs) * bucketMs;
  const starts = Array.from({ length: buckets }, (_, index) => new Date(lastStart - (buckets - 1 - index) * bucketMs));
  return { from: starts[0]!, to: now, bucketMs, starts };
}

export const usesHourlyRollup = (window: TimeWindow) => window.bucketMs % HOUR === 0;

export const bucketIndex = (window: TimeWindow, at: Date) =>
  Math.floor((at.getTime() - window.from.getTime()) / window.bucketMs);
