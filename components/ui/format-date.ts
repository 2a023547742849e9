// Dates in tables: absolute, in the viewer's locale and time zone; "Never" for missing ones.
const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function formatDate(value: string | null | undefined, empty = "Never"): string {
  return value ? formatter.format(new Date(value)) : empty;
}
