// What PostgreSQL text and jsonb cannot hold, found anywhere in a parsed input, and only that.
import { describe, expect, it } from "vitest";
import { findUnstorable } from "./storable-input";

describe("findUnstorable", () => {
  it.each([
    ["plain text", { name: "Café ☕" }],
    ["a valid surrogate pair (emoji)", { name: "ok 😀 ok", list: ["𝄞"] }],
    ["numbers, booleans, null", { a: 1, b: true, c: null, d: [1.5, false] }],
  ])("accepts %s", (_what, value) => {
    expect(findUnstorable(value)).toBeNull();
  });

  it.each([
    ["NUL in a value", { name: "a\u0000b" }, { path: "name", message: "must not contain NUL characters" }],
    [
      "a lone high surrogate",
      { name: "a\ud800" },
      { path: "name", message: "must not contain unpaired surrogate characters (invalid Unicode)" },
    ],
    [
      "a lone low surrogate",
      { list: ["\udc00b"] },
      { path: "list.0", message: "must not contain unpaired surrogate characters (invalid Unicode)" },
    ],
    [
      "two high surrogates",
      { name: "\ud800\ud800\udc00" },
      { path: "name", message: "must not contain unpaired surrogate characters (invalid Unicode)" },
    ],
    [
      "NUL in a nested key",
      { headers: { "x\u0000": "v" } },
      { path: "headers", message: "keys must not contain NUL characters" },
    ],
    ["a bare string", "\u0000", { path: "", message: "must not contain NUL characters" }],
  ])("refuses %s, naming where", (_what, value, issue) => {
    expect(findUnstorable(value)).toEqual(issue);
  });

  it("reports the first problem in document order", () => {
    expect(findUnstorable({ a: "fine", b: ["\u0000"], c: "\u0000" })?.path).toBe("b.0");
  });

  it("skips exempt content fields and everything under them", () => {
    expect(findUnstorable({ type: "a", payload: { text: "\u0000", odd: "\ud800" } }, ["payload"])).toBeNull();
    expect(findUnstorable({ type: "\u0000", payload: {} }, ["payload"])?.path).toBe("type");
  });

  it("refuses nesting deeper than 64 levels without recursing", () => {
    const deep = JSON.parse("[".repeat(100_000) + "]".repeat(100_000));
    expect(findUnstorable(deep)?.message).toBe("must not nest deeper than 64 levels");
  });
});
