import { describe, expect, it } from "vitest";
import { TemplateError } from "./template-error";
import {
  TemplateRenderer,
  lookupPath,
  renderJson,
  renderText,
  templateVariables,
  withPlaceholdersNulled,
} from "./render-template";

const variables = {
  requestBody: {
    customer: { email: "ann@example.com", name: 'Ann "A" \\ B' },
    items: [{ sku: "x1" }, { sku: "y2" }],
    count: 3,
  },
  props: { userId: 42, active: true, nothing: null },
  event: { type: "lead.created" },
};

describe("renderText", () => {
  it("replaces dotted paths, array indexes and tolerates spaces inside the braces", () => {
    expect(
      renderText(
        "{{requestBody.customer.email}} {{ event.type }} {{requestBody.items[1].sku}} {{requestBody.items.0.sku}}",
        variables,
      ),
    ).toBe("ann@example.com lead.created y2 x1");
  });

  it("stringifies numbers, booleans, null and objects", () => {
    expect(renderText("{{props.userId}}/{{props.active}}/{{props.nothing}}/{{requestBody.items[0]}}", variables)).toBe(
      '42/true/null/{"sku":"x1"}',
    );
  });

  it("leaves text without placeholders (and malformed braces) alone", () => {
    expect(renderText("plain {text} {{ }} {{1abc}}", variables)).toBe("plain {text} {{ }} {{1abc}}");
  });

  it("reports every missing variable at once, never an empty string", () => {
    let caught: unknown;
    try {
      renderText("{{a.b}} {{event.type}} {{requestBody.customer.phone}} {{a.b}}", variables);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TemplateError);
    expect((caught as TemplateError).missing).toEqual(["a.b", "requestBody.customer.phone"]);
    expect((caught as TemplateError).message).toBe("Missing template variables: a.b, requestBody.customer.phone");
  });

  it("does not walk into prototypes or string characters", () => {
    expect(lookupPath(variables, "event.type.length")).toEqual({ found: false });
    expect(lookupPath(variables, "event.constructor")).toEqual({ found: false });
  });

  it("lets the caller encode inserted values", () => {
    const renderer = new TemplateRenderer({ q: "a b/c" });
    expect(renderer.text("https://x.test/s/{{q}}", (value) => encodeURIComponent(value))).toBe(
      "https://x.test/s/a%20b%2Fc",
    );
  });
});

describe("renderJson", () => {
  it("inserts a whole-string placeholder as JSON: objects, arrays, numbers, booleans, null", () => {
    const template =
      '{"customer": "{{requestBody.customer}}", "items": "{{requestBody.items}}", "n": "{{requestBody.count}}", "ok": "{{props.active}}", "none": "{{props.nothing}}"}';
    expect(JSON.parse(renderJson(template, variables))).toEqual({
      customer: variables.requestBody.customer,
      items: variables.requestBody.items,
      n: 3,
      ok: true,
      none: null,
    });
  });

  it("inserts placeholders inside longer strings as escaped text", () => {
    const rendered = renderJson(
      '{"greeting": "Hello {{requestBody.customer.name}}!", "id": "user-{{props.userId}}"}',
      variables,
    );
    expect(JSON.parse(rendered)).toEqual({ greeting: 'Hello Ann "A" \\ B!', id: "user-42" });
  });

  it("inserts a bare placeholder as JSON and keeps the template's formatting byte for byte", () => {
    const template =
      '{\n  "count": {{requestBody.count}},\n  "email": "{{requestBody.customer.email}}",\n  "escaped": "a\\"{{event.type}}\\""\n}';
    expect(renderJson(template, variables)).toBe(
      '{\n  "count": 3,\n  "email": "ann@example.com",\n  "escaped": "a\\"lead.created\\""\n}',
    );
  });

  it("a whole-string placeholder holding a string stays a JSON string, escaped", () => {
    expect(renderJson('{"name": "{{requestBody.customer.name}}"}', variables)).toBe('{"name": "Ann \\"A\\" \\\\ B"}');
  });

  it("reports every missing variable", () => {
    expect(() => renderJson('{"a": "{{x}}", "b": "pre {{y.z}}", "c": {{w}}}', variables)).toThrow(
      new TemplateError(["x", "y.z", "w"]),
    );
  });
});

describe("helpers", () => {
  it("lists the variables a template uses", () => {
    expect(templateVariables("{{a}} {{ b.c }} {{a}}")).toEqual(["a", "b.c"]);
  });

  it("nulls placeholders so a JSON template can be validated", () => {
    expect(JSON.parse(withPlaceholdersNulled('{"a": {{x}}, "b": "{{y}}", "c": "p {{z}}"}'))).toEqual({
      a: null,
      b: "null",
      c: "p null",
    });
  });
});
