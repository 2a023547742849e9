// One CSV cell: every cell quoted, and a leading = + - @ defused so spreadsheets do not run it as a formula; a leading
// tab or carriage return too, since some spreadsheets strip it and then read the formula behind it (OWASP CSV injection).
export function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ""
      : value instanceof Date
        ? value.toISOString()
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}
