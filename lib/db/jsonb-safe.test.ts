import { describe, expect, it } from "vitest";
import { jsonbCanHold, textCanHold } from "./jsonb-safe";

describe("jsonbCanHold", () => {
  it.each([
    ["plain JSON", { a: [1, "two", { three: null }], ключ: "🎉" }, true],
    ["a NUL in a nested string", { a: [{ b: "x\u0000y" }] }, false],
    ["a NUL in a key", { "k\u0000": 1 }, false],
    ["a lone high surrogate", ["\ud800"], false],
    ["a lone low surrogate in a key", { "\udfff": true }, false],
    ["a surrogate pair", "\ud83c\udf89", true],
    ["a bare NUL string", "\u0000", false],
    ["numbers, booleans and null", [0, -1.5, true, false, null], true],
  ])("%s → %s", (_name, value, expected) => {
    expect(jsonbCanHold(value)).toBe(expected);
  });

  it("refuses nesting deeper than jsonb takes, without overflowing the stack", () => {
    const deep = JSON.parse("[".repeat(100_000) + "]".repeat(100_000));
    expect(jsonbCanHold(deep)).toBe(false);
  });

  it("checks text the same way", () => {
    expect(textCanHold("caf\u00e9")).toBe(true);
    expect(textCanHold("a\u0000")).toBe(false);
  });
});
