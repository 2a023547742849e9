// The parts of a received request stored beside its body, shared by the trigger receive path and app webhooks:
// the query string and the headers, as received, with credentials redacted.
import { addField, type Fields } from "./fields";

/** Credentials never stored: the caller's login material. Signatures are not secrets and are kept. */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set(["authorization", "proxy-authorization", "cookie"]);

export const REDACTED_VALUE = "[redacted]";

export function redactHeaders(headers: Record<string, string>, redacted: ReadonlySet<string>): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) stored[name] = redacted.has(name) ? REDACTED_VALUE : value;
  return stored;
}

/**
 * The query as name → value (repeated names become arrays). A name or value whose decoded form would lose
 * something — a NUL, which PostgreSQL cannot store, or percent-encoding that is not UTF-8 — is kept as it arrived,
 * still percent-encoded.
 */
export function receivedQuery(url: URL, redactedNames: ReadonlySet<string> = new Set()): Fields {
  const query: Fields = {};
  const add = (name: string, value: string) => addField(query, name, redactedNames.has(name) ? REDACTED_VALUE : value);
  let lossy = false;
  for (const [name, value] of url.searchParams) {
    if (isLossy(name) || isLossy(value)) lossy = true;
  }
  if (!lossy) {
    for (const [name, value] of url.searchParams) add(name, value);
    return query;
  }
  for (const piece of url.search.slice(1).split("&")) {
    if (!piece) continue;
    const equals = piece.indexOf("=");
    add(
      decodeExactly(equals === -1 ? piece : piece.slice(0, equals)),
      decodeExactly(equals === -1 ? "" : piece.slice(equals + 1)),
    );
  }
  return query;
}

/** U+FFFD is what URLSearchParams makes of invalid UTF-8; a real one is rare and takes the exact path harmlessly. */
const isLossy = (text: string) => text.includes("\u0000") || text.includes("\ufffd");

function decodeExactly(raw: string): string {
  try {
    const decoded = decodeURIComponent(raw.replaceAll("+", " "));
    return decoded.includes("\u0000") ? raw : decoded;
  } catch {
    return raw;
  }
}
