// Bodies as people read them: JSON pretty-printed, anything else shown as it came.
export function prettyJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  return JSON.stringify(value, null, 2);
}

/** A raw body string: re-indented when it is JSON, unchanged otherwise. */
export function prettyBody(raw: string | null | undefined): string {
  return readableBody(raw).text;
}

/** prettyBody, and whether the body was JSON (text is shown wrapped, JSON keeps its indentation). */
export function readableBody(raw: string | null | undefined): { text: string; isJson: boolean } {
  if (!raw) return { text: "", isJson: false };
  try {
    return { text: JSON.stringify(JSON.parse(raw), null, 2), isJson: true };
  } catch {
    return { text: raw, isJson: false };
  }
}
