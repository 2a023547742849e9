import { describe, expect, it } from "vitest";
import { publishEventSchema, quickPublishInput } from "./schema";

// The fast path's shortcut must answer exactly what the schema answers, or step aside (null) for it.
const bodies: string[] = [
  '{"type":"order.paid","payload":{"id":1,"items":[{"sku":"a","qty":2.5}],"ok":true,"note":null}}',
  '{"type":"order.paid"}',
  '{"type":"order.paid","payload":null}',
  '{"type":"order.paid","payload":"text"}',
  '{"type":"order.paid","payload":[1,2,{"a":[]}],"extra":{"dropped":true}}',
  '{"type":"order.paid","payload":{"big":1e400}}',
  '{"type":"order.paid","payload":[[-1e999]]}',
  '{"type":"","payload":{}}',
  '{"type":"bad type","payload":{}}',
  `{"type":"${"a".repeat(257)}","payload":{}}`,
  '{"type":42,"payload":{}}',
  '{"payload":{}}',
  "[]",
  "null",
  '"order.paid"',
  '{"type":"order.paid","payload":{"__proto__":{"x":1}}}',
];

describe("quickPublishInput", () => {
  it.each(bodies)("agrees with publishEventSchema on %s", (text) => {
    const value: unknown = JSON.parse(text);
    const quick = quickPublishInput(value);
    const parsed = publishEventSchema.safeParse(value);
    if (quick === null) return;
    expect(parsed.success).toBe(true);
    expect(quick).toEqual(parsed.data);
  });

  it("takes the usual body and steps aside for every one the schema refuses", () => {
    expect(quickPublishInput(JSON.parse(bodies[0]!))).not.toBeNull();
    for (const text of bodies) {
      if (!publishEventSchema.safeParse(JSON.parse(text)).success)
        expect(quickPublishInput(JSON.parse(text))).toBeNull();
    }
  });
});
