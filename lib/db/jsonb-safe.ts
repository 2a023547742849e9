// What PostgreSQL cannot store in `text` or `jsonb`: the character U+0000, and UTF-16 lone surrogates (they have no
// UTF-8 form). JSON can carry both (`\u0000`, `\ud800`), so a parsed body is checked with one walk before it is
// offered to a jsonb column; values nested deeper than jsonb accepts are refused the same way.
const UNSTORABLE_CHARACTER = /[\u0000\p{Cs}]/u;

/** jsonb refuses deeper documents ("stack depth limit exceeded"); stop well before that. */
const MAX_DEPTH = 1_000;

export function textCanHold(text: string): boolean {
  return !UNSTORABLE_CHARACTER.test(text);
}

/** True when every string and key of a JSON value can be stored as jsonb as it is. Iterative: no stack to blow. */
export function jsonbCanHold(value: unknown): boolean {
  if (typeof value === "string") return textCanHold(value);
  if (value === null || typeof value !== "object") return true;
  const stack: { value: object; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: container, depth } = stack.pop()!;
    if (depth >= MAX_DEPTH) return false;
    const entries = Array.isArray(container) ? container.entries() : Object.entries(container);
    for (const [key, element] of entries) {
      if (typeof key === "string" && !textCanHold(key)) return false;
      if (typeof element === "string") {
        if (!textCanHold(element)) return false;
      } else if (element !== null && typeof element === "object") {
        stack.push({ value: element as object, depth: depth + 1 });
      }
    }
  }
  return true;
}
