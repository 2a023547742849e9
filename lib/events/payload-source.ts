// The exact text of a published event's payload inside the request that carried it. A payload is content: it is
// stored and delivered as the caller wrote it (key order, `150.00`, escapes such as `\u0000`), not as a re-encoding
// of the parsed value. The request text has already been parsed as JSON, so this scanner only finds boundaries.

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * The source text of the top-level member `name` of a JSON object text; with repeated names the last one, as
 * JSON.parse takes it. Null when the text is not an object or has no such member.
 */
export function memberSource(text: string, name: string): string | null {
  let at = skipSpace(text, 0);
  if (text.charCodeAt(at) !== 0x7b /* { */) return null;
  at = skipSpace(text, at + 1);
  let found: string | null = null;
  while (at < text.length && text.charCodeAt(at) === 0x22 /* " */) {
    const keyEnd = stringEnd(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    at = skipSpace(text, keyEnd);
    if (text.charCodeAt(at) !== 0x3a /* : */) return null;
    const valueStart = skipSpace(text, at + 1);
    const valueEnd = valueEndAt(text, valueStart);
    if (key === name) found = text.slice(valueStart, valueEnd);
    at = skipSpace(text, valueEnd);
    if (text.charCodeAt(at) !== 0x2c /* , */) break;
    at = skipSpace(text, at + 1);
  }
  return found;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** `at` is an opening quote; returns the index after the closing one. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c /* \ */) i++;
    else if (code === 0x22) return i + 1;
  }
  return text.length;
}

/** The index after the JSON value starting at `at`. */
function valueEndAt(text: string, at: number): number {
  let depth = 0;
  let i = at;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      i = stringEnd(text, i);
      if (depth === 0) return i;
      continue;
    }
    if (code === 0x7b || code === 0x5b /* { [ */) depth++;
    else if (code === 0x7d || code === 0x5d /* } ] */) {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && (code === 0x2c || isSpace(code))) return i;
    i++;
  }
  return i;
}
