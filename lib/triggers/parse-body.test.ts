import { describe, expect, it } from "vitest";
import { parseInboundBody } from "../inbound/parse-body";

const parse = (type: string | undefined, text: string) => parseInboundBody(type, Buffer.from(text));

describe("parseInboundBody", () => {
  it.each([
    ["application/json", '{"a":{"b":1}}', { a: { b: 1 } }],
    ["application/json; charset=utf-8", "[1,2]", [1, 2]],
    ["application/vnd.github+json", '{"ok":true}', { ok: true }],
    ["application/x-www-form-urlencoded", "a=1&b=two+words&a=3", { a: ["1", "3"], b: "two words" }],
    ["text/plain", "hello", "hello"],
    ["application/xml", "<a>1</a>", "<a>1</a>"],
    [undefined, "raw", "raw"],
    ["application/json", "", null],
  ])("%s %s", (type, text, expected) => {
    expect(parse(type, text)).toEqual({ ok: true, value: expected });
  });

  it("refuses invalid JSON", () => {
    expect(parse("application/json", "{nope")).toEqual({ ok: false });
  });
});
