// PostgreSQL's text and jsonb cannot hold NUL, and jsonb refuses lone UTF-16 surrogates: an input carrying one would
// fail inside a query as a 500 (or be stored altered). Every API input (JSON keys and values at any depth, query
// parameters, path parameters) is checked here first and refused as 400 naming the field, before any query runs.
// Fields that are content, stored as bytes rather than text (an event's payload), are exempted by the route.
import { AppError, type FieldIssue } from "../core/errors";

/** Deeper than this is refused: no documented input nests this far, and recursive validators would overflow. */
export const MAX_JSON_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemIn(text: string): string | null {
  if (text.includes("\u0000")) return "NUL characters";
  if (LONE_SURROGATE.test(text)) return "unpaired surrogate characters (invalid Unicode)";
  return null;
}

/** The first string (or key) PostgreSQL cannot hold, as a field issue; null when every one is fine. */
export function findUnstorable(value: unknown, exempt: readonly string[] = []): FieldIssue | null {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    const joined = path.join(".");
    if (exempt.includes(joined)) continue;
    if (typeof current === "string") {
      const problem = problemIn(current);
      if (problem) return { path: joined, message: `must not contain ${problem}` };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (path.length >= MAX_JSON_DEPTH)
      return { path: joined, message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` };
    const entries = Array.isArray(current)
      ? current.map((item, index) => [String(index), item] as const)
      : Object.entries(current);
    for (let index = entries.length - 1; index >= 0; index--) {
      const [key, item] = entries[index]!;
      const problem = Array.isArray(current) ? null : problemIn(key);
      if (problem) return { path: joined, message: `keys must not contain ${problem}` };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/** Throws 400 validation_failed naming the field, in the same shape as a schema error. */
export function assertStorable(value: unknown, what: string, exempt: readonly string[] = []): void {
  const issue = findUnstorable(value, exempt);
  if (!issue) return;
  throw new AppError("validation_failed", `Invalid ${what}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`, [
    issue,
  ]);
}
