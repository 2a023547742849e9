// Delivery latency histograms. A latency in ms falls into a bucket named by its lower bound: exact below 10 ms,
// then 16 steps per decade (10, 12, 14, 16, 18, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 120, …), so no
// bucket is wider than 20 % of its value. Percentiles read from these histograms are within 20 % below the exact
// ones (exact when latencies sit on bucket bounds), and the rollup stays a few dozen rows per connector and period
// whatever the volume — which is what keeps the 30-day overview fast.

/** Bucket lower bounds within a decade, ×10 (so 12 means 1.2 × the decade). */
const STEPS = [10, 12, 14, 16, 18, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90];
const DECADES = [10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000];

export function latencyBucketMs(ms: number): number {
  const value = Math.max(0, Math.round(ms));
  if (value < 10) return value;
  const decade = 10 ** (String(value).length - 1);
  const mantissa = Math.floor((value * 10) / decade);
  const step = STEPS.findLast((candidate) => candidate <= mantissa)!;
  return (step * decade) / 10;
}

/**
 * The same bucketing in SQL for an integer millisecond expression, for GROUP BY inside PostgreSQL. `ms` must be a
 * trusted SQL expression (a column reference), never user input. CASE ladders rather than log(): numeric log()
 * costs ~0.1 ms a row, which a million rows notice.
 */
export function latencyBucketSql(ms: string): string {
  const decade = `(CASE ${DECADES.map((d) => `WHEN ${ms} < ${d * 10} THEN ${d}`).join(" ")} ELSE 1000000000 END)`;
  const mantissa = `(${ms}::bigint * 10 / ${decade})`;
  const step = `(CASE ${STEPS.slice(1)
    .map((next, index) => `WHEN ${mantissa} < ${next} THEN ${STEPS[index]}`)
    .join(" ")} ELSE ${STEPS.at(-1)} END)`;
  return `(CASE WHEN ${ms} < 10 THEN ${ms} ELSE (${step}::bigint * ${decade} / 10)::int END)`;
}

export type Histogram = Map<number, number>;

export function addToHistogram(histogram: Histogram, bucketMs: number, count: number): void {
  histogram.set(bucketMs, (histogram.get(bucketMs) ?? 0) + count);
}

/**
 * percentile_disc over a histogram: the bucket holding the ceil(q·n)-th smallest latency, which is what
 * PostgreSQL's percentile_disc(q) returns on the raw values whenever they sit on bucket bounds. null when empty.
 */
export function histogramPercentile(histogram: Histogram, quantile: number): number | null {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(quantile * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket)!;
    if (seen >= rank) return bucket;
  }
  return null;
}
