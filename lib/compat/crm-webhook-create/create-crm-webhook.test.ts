import { describe, expect, it } from "vitest";
import { mergeRepeatedHeaders } from "./create-crm-webhook";

describe("mergeRepeatedHeaders", () => {
  it("joins repeated names (any case) into one comma-separated value, keeping first-seen order and spelling", () => {
    expect(
      mergeRepeatedHeaders([
        { Key: "x-api-key", Value: "a" },
        { Key: "X-Trace", Value: "t" },
        { Key: "X-API-KEY", Value: "b" },
      ]),
    ).toEqual([
      { name: "x-api-key", value: "a, b" },
      { name: "X-Trace", value: "t" },
    ]);
    expect(mergeRepeatedHeaders([])).toEqual([]);
  });
});
