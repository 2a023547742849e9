// The per-subscription payload filter as the form edits it (text fields) and as the API takes it.
import type { SubscriptionFilter } from "./types";

type JsonValue = Extract<SubscriptionFilter, { op: "equals" }>["value"];

export type FilterOp = "" | SubscriptionFilter["op"];

export interface FilterDraft {
  path: string;
  op: FilterOp;
  /** equals: one JSON value or plain text; in: a JSON array or comma-separated values. */
  value: string;
}

export const noFilter: FilterDraft = { path: "", op: "", value: "" };

function parseValue(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    // Plain words mean a string: `paid` is "paid", so nobody has to type the quotes.
    return text;
  }
}

export function draftFromFilter(filter: SubscriptionFilter | null): FilterDraft {
  if (!filter) return noFilter;
  if (filter.op === "exists") return { path: filter.path, op: "exists", value: "" };
  const value = filter.value;
  return { path: filter.path, op: filter.op, value: typeof value === "string" ? value : JSON.stringify(value) };
}

export function filterFromDraft(draft: FilterDraft): SubscriptionFilter | null {
  if (draft.op === "") return null;
  if (draft.op === "exists") return { path: draft.path, op: "exists" };
  if (draft.op === "in") {
    const parsed = parseValue(draft.value);
    const list = Array.isArray(parsed) ? parsed : draft.value.split(",").map((item) => parseValue(item.trim()));
    return { path: draft.path, op: "in", value: list.filter((item) => item !== "") };
  }
  return { path: draft.path, op: "equals", value: parseValue(draft.value) };
}
