import { describe, expect, it } from "vitest";
import { diffLines, headerLines } from "./line-diff";

describe("diffLines", () => {
  it("keeps common lines and pairs a changed line on both sides", () => {
    expect(diffLines('{\n  "status": 500,\n  "ok": false\n}', '{\n  "status": 200,\n  "ok": false\n}')).toEqual([
      { kind: "same", left: "{", right: "{" },
      { kind: "changed", left: '  "status": 500,', right: '  "status": 200,' },
      { kind: "same", left: '  "ok": false', right: '  "ok": false' },
      { kind: "same", left: "}", right: "}" },
    ]);
  });

  it("marks lines only one side has as removed or added", () => {
    expect(diffLines("a\nb\nc", "a\nc\nd")).toEqual([
      { kind: "same", left: "a", right: "a" },
      { kind: "removed", left: "b", right: null },
      { kind: "same", left: "c", right: "c" },
      { kind: "added", left: null, right: "d" },
    ]);
    expect(diffLines("", "x")).toEqual([{ kind: "added", left: null, right: "x" }]);
    expect(diffLines("", "")).toEqual([]);
  });

  it("compares by position when the bodies are too long for the table", () => {
    const left = Array.from({ length: 2100 }, (_, index) => `line ${index}`).join("\n");
    const right = left.replace("line 7\n", "line seven\n");
    const rows = diffLines(left, right);
    expect(rows).toHaveLength(2100);
    expect(rows.filter((row) => row.kind !== "same")).toEqual([
      { kind: "changed", left: "line 7", right: "line seven" },
    ]);
  });
});

describe("headerLines", () => {
  it("sorts headers by name so their order is not a difference", () => {
    expect(headerLines({ b: "2", a: "1" })).toBe("a: 1\nb: 2");
    expect(headerLines(null)).toBe("");
  });
});
