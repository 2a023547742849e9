import { describe, expect, it } from "vitest";
import { matchesFilter, valueAtPath } from "./match-filter";
import { subscriptionFilterSchema, type SubscriptionFilter } from "./schema";

const payload = {
  data: { status: "won", amount: 1200, tags: ["vip", "eu"], owner: null, nested: { a: 1, b: [1, 2] } },
  items: [{ sku: "A-1" }, { sku: "B-2" }],
  flag: false,
};

describe("matchesFilter", () => {
  it.each<[SubscriptionFilter | null, boolean]>([
    [null, true],
    [{ path: "data.status", op: "equals", value: "won" }, true],
    [{ path: "data.status", op: "equals", value: "lost" }, false],
    [{ path: "data.amount", op: "equals", value: "1200" }, false],
    [{ path: "data.amount", op: "equals", value: 1200 }, true],
    [{ path: "data.nested", op: "equals", value: { b: [1, 2], a: 1 } }, true],
    [{ path: "data.nested", op: "equals", value: { a: 1 } }, false],
    [{ path: "data.tags", op: "equals", value: ["eu", "vip"] }, false],
    [{ path: "data.owner", op: "equals", value: null }, true],
    [{ path: "data.missing", op: "equals", value: null }, false],
    [{ path: "flag", op: "equals", value: false }, true],
    [{ path: "data.status", op: "in", value: ["open", "won"] }, true],
    [{ path: "data.status", op: "in", value: ["open", "lost"] }, false],
    [{ path: "data.missing", op: "in", value: [null] }, false],
    [{ path: "items.1.sku", op: "equals", value: "B-2" }, true],
    [{ path: "items.2.sku", op: "exists" }, false],
    [{ path: "data.status", op: "exists" }, true],
    [{ path: "flag", op: "exists" }, true],
    [{ path: "data.owner", op: "exists" }, false],
    [{ path: "data.status.length", op: "exists" }, false],
    [{ path: "constructor", op: "exists" }, false],
  ])("%j → %s", (filter, expected) => {
    expect(matchesFilter(filter, payload)).toBe(expected);
  });

  it("treats a payload that is not an object as having no fields", () => {
    expect(matchesFilter({ path: "a", op: "exists" }, "text")).toBe(false);
    expect(matchesFilter({ path: "a", op: "exists" }, null)).toBe(false);
    expect(valueAtPath([10, 20], "1")).toBe(20);
  });
});

describe("subscriptionFilterSchema", () => {
  it.each([
    [{ path: "data.status", op: "equals", value: "x" }, true],
    [{ path: "data.status", op: "exists" }, true],
    [{ path: "data.status", op: "in", value: [1, "2"] }, true],
    [{ path: "data.status", op: "equals" }, false],
    [{ path: "data.status", op: "in", value: [] }, false],
    [{ path: "data.status", op: "in", value: "x" }, false],
    [{ path: "data..status", op: "exists" }, false],
    [{ path: "", op: "exists" }, false],
    [{ path: "data.status", op: "matches", value: "x" }, false],
  ])("%j valid: %s", (input, valid) => {
    expect(subscriptionFilterSchema.safeParse(input).success).toBe(valid);
  });
});
