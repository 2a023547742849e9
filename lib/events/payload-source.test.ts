import { describe, expect, it } from "vitest";
import { memberSource } from "./payload-source";

describe("memberSource", () => {
  it.each([
    [
      "an object, kept as written",
      '{"type":"a","payload":{"total": 150.00, "b":1,"a":2}}',
      '{"total": 150.00, "b":1,"a":2}',
    ],
    [
      "escapes inside strings",
      '{"payload":{"a":"x\\u0000y","q":"\\"}{,"}, "type":"t"}',
      '{"a":"x\\u0000y","q":"\\"}{,"}',
    ],
    ["a number before other members", '{ "payload" :  150.00 , "type":"t"}', "150.00"],
    ["a string", '{"payload":"caf\\u00e9","type":"t"}', '"caf\\u00e9"'],
    ["literals at the end", '{"type":"t","payload":null}', "null"],
    ["nested arrays", '{"payload":[[1,[2]],{"a":[]}] }', '[[1,[2]],{"a":[]}]'],
    ["the last of repeated names", '{"payload":1,"payload":{"b":2}}', '{"b":2}'],
    ["an escaped member name", '{"p\\u0061yload":true}', "true"],
    ["a payload key nested in another member", '{"other":{"payload":1}}', null],
    ["no object", '[{"payload":1}]', null],
  ])("finds %s", (_name, text, expected) => {
    expect(memberSource(text, "payload")).toBe(expected);
    if (expected !== null)
      expect(JSON.parse(expected)).toEqual(JSON.parse(text).payload ?? JSON.parse(text)["payload"]);
  });
});
