import { describe, expect, it } from "vitest";
import { parseSearch, type SearchQuery } from "./parse-search";
import { escapeLike } from "./search-sql";

const empty: SearchQuery = { text: [], words: [], json: [], headers: [], qualifiers: {} };
const UUID = "01930000-0000-7000-8000-000000000abc";

function parsed(input: string): SearchQuery {
  const result = parseSearch(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.message}`);
  return result.query;
}

describe("parseSearch: one form at a time", () => {
  it.each<[string, string, Partial<SearchQuery>]>([
    ["a word is body text or an event type", "invoice", { words: ["invoice"] }],
    ["a dotted word too (order.paid is a type name)", "order.paid", { words: ["order.paid"] }],
    ["a quoted phrase keeps its spaces", '"order paid"', { text: ["order paid"] }],
    ['quotes may hold \\" and \\\\', String.raw`"say \"hi\" \\ bye"`, { text: ['say "hi" \\ bye'] }],
    ["a quoted word is body text only", '"order.paid"', { text: ["order.paid"] }],
    ["several words all apply", "ann example", { words: ["ann", "example"] }],
    ["an email is a word", "a@b.co", { words: ["a@b.co"] }],
    ["a URL is a word, not a qualifier", "https://x.test/a", { words: ["https://x.test/a"] }],
    ["path = value on JSON", "customer.email = a@b.c", { json: [{ path: ["customer", "email"], values: ["a@b.c"] }] }],
    [
      "path=value without spaces",
      "data.object.id=ch_1",
      { json: [{ path: ["data", "object", "id"], values: ["ch_1"] }] },
    ],
    [
      "a number matches the number and its text",
      "amount = 4200",
      { json: [{ path: ["amount"], values: [4200, "4200"] }] },
    ],
    ["true matches the boolean and its text", "paid = true", { json: [{ path: ["paid"], values: [true, "true"] }] }],
    ["null matches null and its text", "note = null", { json: [{ path: ["note"], values: [null, "null"] }] }],
    ["a quoted value is only a string", 'amount = "4200"', { json: [{ path: ["amount"], values: ["4200"] }] }],
    ["a quoted path is one key", '"a.b" = 1', { json: [{ path: ["a.b"], values: [1, "1"] }] }],
    [
      "header:name = value, name lower-cased",
      "header:X-GitHub-Event = push",
      { headers: [{ name: "x-github-event", value: "push" }] },
    ],
    ["id:", `id:${UUID.toUpperCase()}`, { qualifiers: { id: UUID } }],
    ["a bare UUID is an id", UUID, { qualifiers: { id: UUID } }],
    ["webhook-id:", "webhook-id:msg_2abc", { qualifiers: { "webhook-id": "msg_2abc" } }],
    ['webhook-id:"quoted value"', 'webhook-id:"a b"', { qualifiers: { "webhook-id": "a b" } }],
    ["a bare msg_ id is a webhook-id", "msg_2abc", { qualifiers: { "webhook-id": "msg_2abc" } }],
    ["status:", "status:dead", { qualifiers: { status: "dead" } }],
    ["source:", "source:trigger", { qualifiers: { source: "trigger" } }],
    ["type:", "type:order.paid", { qualifiers: { type: "order.paid" } }],
    ["connector: by name", 'connector:"CRM leads"', { qualifiers: { connector: "CRM leads" } }],
    ["trigger:", "trigger:github", { qualifiers: { trigger: "github" } }],
    ["qualifier names are case-insensitive", "STATUS:dead", { qualifiers: { status: "dead" } }],
  ])("%s", (_name, input, expected) => {
    expect(parsed(input)).toEqual({ ...empty, ...expected });
  });

  it("after: and before: take dates and ISO times", () => {
    const query = parsed("after:2026-11-30 before:2026-12-01T08:00:00Z");
    expect(query.after?.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(query.before?.toISOString()).toBe("2026-12-01T08:00:00.000Z");
  });

  it("combines forms", () => {
    expect(parsed('status:dead customer.email = a@b.c "paid in full"')).toEqual({
      ...empty,
      text: ["paid in full"],
      json: [{ path: ["customer", "email"], values: ["a@b.c"] }],
      qualifiers: { status: "dead" },
    });
  });

  it("an empty or blank search has no terms", () => {
    expect(parsed("   ")).toEqual(empty);
  });
});

describe("parseSearch: refusals say why", () => {
  it.each([
    ["ab", /too short/],
    ["%", /too short/],
    ['"open', /not closed/],
    ["= x", /path on its left/],
    ["a.b =", /value on its right/],
    ["a..b = 1", /not a path/],
    ["id:42", /UUID/],
    ["source:email", /source: expects/],
    ["after:yesterday", /expects a date/],
    ["after:2026-13-45", /not a date/],
    ["status:", /needs a value/],
    ["status:dead status:failed", /given twice/],
    ["status = dead", null],
    ["\u0000abc", /NUL/],
    ["abc\uD800", /unpaired surrogate/],
    ["x".repeat(10_000), /longer than/],
    [Array.from({ length: 21 }, (_, index) => `term${index}`).join(" "), /At most 20/],
    [`${Array.from({ length: 17 }, () => "a").join(".")} = 1`, /deeper/],
  ])("%j", (input, message) => {
    const result = parseSearch(input);
    if (message === null) {
      // `status = dead` compares a body field called status: a path, not the qualifier.
      expect(result).toEqual({ ok: true, query: { ...empty, json: [{ path: ["status"], values: ["dead"] }] } });
    } else {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(message);
    }
  });
});

describe("escapeLike", () => {
  it("makes %, _ and backslash literal", () => {
    expect(escapeLike(String.raw`100% a_b \x`)).toBe(String.raw`100\% a\_b \\x`);
  });
});
