// Spreadsheets run a cell as a formula when it starts with = + - @, and some also after a leading tab or carriage
// return (which they strip first): every such cell must come out quoted and prefixed with an apostrophe.
import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell";

describe("csvCell", () => {
  it.each([
    ["=1+1", `"'=1+1"`],
    ["+1", `"'+1"`],
    ["-1", `"'-1"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ['\t=HYPERLINK("x")', `"'\t=HYPERLINK(""x"")"`],
    ["\r=1+1", `"'\r=1+1"`],
    ["\tplain", `"'\tplain"`],
  ])("defuses %j", (input, expected) => expect(csvCell(input)).toBe(expected));

  it.each([
    ["plain", `"plain"`],
    ["a=b", `"a=b"`],
    [" =1", `" =1"`],
    [null, `""`],
    [42, `"42"`],
  ])("leaves %j alone", (input, expected) => expect(csvCell(input)).toBe(expected));
});
