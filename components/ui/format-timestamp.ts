// Event and delivery times in tables: to the second (formatDate stops at minutes); the hover text adds the time
// zone, as a relative time's does.
const withSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "long" });
// Table cells: no year, so a time column stays narrow enough for the other columns to fit.
const short = new Intl.DateTimeFormat(undefined, {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
});

export function formatTimestamp(value: string | null | undefined, empty = "—"): string {
  return value ? withSeconds.format(new Date(value)) : empty;
}

export function formatShortTimestamp(value: string): string {
  return short.format(new Date(value));
}
