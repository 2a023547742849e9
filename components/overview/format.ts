// Number formats of the overview: counts with separators, rates as percentages, latencies in ms or s.
export const formatCount = (value: number) => value.toLocaleString("en");

export const formatRate = (value: number | null) =>
  value === null ? "—" : `${(value * 100).toFixed(value >= 0.999 || value === 0 ? 0 : 1)}%`;

export function formatLatency(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** Chart axis labels: times of day for short ranges, dates for long ones. */
export function formatBucket(iso: string, bucketMs: number): string {
  const date = new Date(iso);
  if (bucketMs >= 24 * 3_600_000) return date.toLocaleDateString("en", { month: "short", day: "numeric" });
  if (bucketMs >= 6 * 3_600_000) return date.toLocaleString("en", { month: "short", day: "numeric", hour: "2-digit" });
  return date.toLocaleTimeString("en", { hour: "2-digit", minute: "2-digit" });
}
