// Payload filters, evaluated in the publisher for every subscriber, so pure and cheap. Comparison is strict JSON
// equality: "5" does not equal 5, and key order in objects does not matter.
import type { SubscriptionFilter } from "./schema";

const MISSING = Symbol("missing");

/** Follows a dot path through objects and arrays (numeric segments index arrays); MISSING when any step fails. */
export function valueAtPath(payload: unknown, path: string): unknown {
  let current: unknown = payload;
  for (const segment of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) {
      current = Number(segment) < current.length ? current[Number(segment)] : MISSING;
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return MISSING;
    }
  }
  return current;
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => jsonEqual(item, b[index]))
    );
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(bRecord).length &&
    aKeys.every((key) => Object.hasOwn(bRecord, key) && jsonEqual((a as Record<string, unknown>)[key], bRecord[key]))
  );
}

/** No filter matches everything. `exists` means present and not null. */
export function matchesFilter(filter: SubscriptionFilter | null | undefined, payload: unknown): boolean {
  if (!filter) return true;
  const value = valueAtPath(payload, filter.path);
  switch (filter.op) {
    case "exists":
      return value !== MISSING && value !== null;
    case "equals":
      return value !== MISSING && jsonEqual(value, filter.value);
    case "in":
      return value !== MISSING && filter.value.some((candidate) => jsonEqual(value, candidate));
  }
}
