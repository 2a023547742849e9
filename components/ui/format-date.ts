// Dates in tables: absolute, in the viewer's locale and time zone; "Never" for missing ones.
const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function formatDate(value: string | null | undefined, empty = "Never"): string {
  return value ? formatter.format(new Date(value)) : empty;
}

// The hover text of a relative time: the exact moment with its time zone, so "3 min ago" can be pinned down.
const withZone = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "long" });

export function formatDateWithZone(value: string): string {
  return withZone.format(new Date(value));
}
