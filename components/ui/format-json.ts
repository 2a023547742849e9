// Bodies as people read them: JSON pretty-printed, anything else shown as it came.
export function prettyJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  return JSON.stringify(value, null, 2);
}

/** A raw body string: re-indented when it is JSON, unchanged otherwise. */
export function prettyBody(raw: string | null | undefined): string {
  if (!raw) return "";
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
