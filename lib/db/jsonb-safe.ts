// What PostgreSQL cannot store in `text` or `jsonb`: the character U+0000, and UTF-16 lone surrogates (they have no
// UTF-8 form). JSON can carry both (`\u0000`, `\ud800`), so a parsed body is checked with one walk before it is
// offered to a jsonb column; values nested deeper than jsonb accepts are refused the same way.

/** jsonb refuses deeper documents ("stack depth limit exceeded"); stop well before that. */
const MAX_DEPTH = 1_000;

/** String.prototype.isWellFormed (ES2024, in Node 20) — not yet in TypeScript's ES2023 library. */
type WellFormedCheck = { isWellFormed(): boolean };

export function textCanHold(text: string): boolean {
  return !text.includes("\u0000") && (text as unknown as WellFormedCheck).isWellFormed();
}

/** True when every string and key of a JSON value can be stored as jsonb as it is. Iterative: no stack to blow. */
export function jsonbCanHold(value: unknown): boolean {
  if (typeof value === "string") return textCanHold(value);
  if (value === null || typeof value !== "object") return true;
  const containers: object[] = [value];
  const depths: number[] = [0];
  while (containers.length > 0) {
    const container = containers.pop()!;
    const depth = depths.pop()!;
    if (depth >= MAX_DEPTH) return false;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const element: unknown = container[i];
        if (typeof element === "string") {
          if (!textCanHold(element)) return false;
        } else if (element !== null && typeof element === "object") {
          containers.push(element);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    const record = container as Record<string, unknown>;
    for (const key in record) {
      if (!textCanHold(key)) return false;
      const element = record[key];
      if (typeof element === "string") {
        if (!textCanHold(element)) return false;
      } else if (element !== null && typeof element === "object") {
        containers.push(element);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}
