// Event and delivery times need seconds (formatDate stops at minutes), and "in 4 min" reads better than a clock
// time for the next retry.
const withSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
// Table cells: no year, so a time column stays narrow enough for the other columns to fit.
const short = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
});
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

export function formatTimestamp(value: string | null | undefined, empty = "—"): string {
  return value ? withSeconds.format(new Date(value)) : empty;
}

export function formatShortTimestamp(value: string): string {
  return short.format(new Date(value));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** "in 5 minutes", "3 seconds ago", relative to `now`. */
export function formatRelative(value: string, now = Date.now()): string {
  const diff = new Date(value).getTime() - now;
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms || unit === "second") return relative.format(Math.round(diff / ms), unit);
  }
  return relative.format(0, "second");
}
