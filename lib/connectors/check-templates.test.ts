import { describe, expect, it } from "vitest";
import { missingTemplateVariables, missingVariablesCheck, type TemplateColumns } from "./check-templates";

const connector = (overrides: Partial<TemplateColumns>): TemplateColumns => ({
  url: "https://example.com/hooks",
  method: "POST",
  bodyType: "json",
  bodyTemplate: null,
  headers: [],
  queryParams: [],
  ...overrides,
});

const connectors: TemplateColumns[] = [
  connector({}),
  connector({ bodyTemplate: '{"id":"{{payload.id}}","who":"x {{payload.name}} {{event.id}}","n":{{payload.n}}}' }),
  connector({ bodyType: "text", bodyTemplate: "hello {{payload.user.name}} {{missing.one}}" }),
  connector({ method: "GET", bodyTemplate: '{"never":"{{rendered}}"}' }),
  connector({
    headers: [{ name: "X-Id", value: "{{payload.id}}", secret: false }],
    queryParams: [{ name: "q", value: "{{payload.q}}", secret: false }],
    bodyTemplate: '"\\{{payload.escaped}}"',
  }),
  connector({
    url: "https://example.com/{{payload.path}}",
    queryParams: [{ name: "a", value: "{{payload.a}}", secret: false }],
  }),
  connector({ url: "{{payload.base}}", queryParams: [{ name: "a", value: "{{payload.a}}", secret: false }] }),
] as TemplateColumns[];

const variableSets: unknown[] = [
  {},
  { payload: {} },
  { payload: { id: 1, name: "Ann", n: 2, user: { name: "B" }, q: "x", escaped: 1, path: "p", a: 1, base: "nope" } },
  { payload: { base: "https://ok.example" }, event: { id: "e" } },
  { payload: null, event: { id: "e" }, rendered: 1, missing: { one: 1 } },
];

describe("missingVariablesCheck", () => {
  it("finds the same names, in the same order, as a full build", () => {
    for (const columns of connectors) {
      const check = missingVariablesCheck(columns, { kind: "event" });
      for (const variables of variableSets) {
        expect(check(variables)).toEqual(missingTemplateVariables(columns, variables, { kind: "event" }));
      }
    }
  });
});
