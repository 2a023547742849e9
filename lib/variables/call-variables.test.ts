import { describe, expect, it } from "vitest";
import { renderJson, renderText } from "../templates";
import { callContext, callVariables, variablePaths } from ".";

const connector = { id: "c-1", name: "CRM" };
const trigger = {
  id: "t-1",
  name: "Shop",
  slug: "shop",
  headerVariable: "requestHeaders",
  bodyVariable: "requestBody",
};

describe("callVariables", () => {
  it("gives every source the same names, with the trigger's configured names as aliases", () => {
    const context = callContext({
      payload: { orderId: "A-1" },
      event: { id: "e-1", source: "trigger", receivedAt: "2026-01-01T00:00:00.000Z", method: "POST" },
      headers: { "x-a": "1" },
      query: { via: "hook" },
      trigger,
    });
    const variables = callVariables(context, { connector });
    const template =
      "{{payload.orderId}} {{requestBody.orderId}} {{headers.x-a}} {{requestHeaders.x-a}} {{event.id}} {{event.source}} {{connector.name}} {{trigger.slug}} {{query.via}}";
    expect(renderText(template, variables)).toBe("A-1 A-1 1 1 e-1 trigger CRM shop hook");
  });

  it("app webhooks: `event` is the request body, as documented; props and webhook beside it", () => {
    const context = callContext({
      payload: { triggerData: "x" },
      event: { id: "e-2", source: "app_webhook" },
      props: { userId: 1 },
      webhook: { uuid: "w-1", action: "listen" },
    });
    const variables = callVariables(context, { connector });
    expect(
      renderJson(
        '{"a": {{event}}, "b": "{{payload.triggerData}}", "u": {{props.userId}}, "w": "{{webhook.action}}"}',
        variables,
      ),
    ).toBe('{"a": {"triggerData":"x"}, "b": "x", "u": 1, "w": "listen"}');
  });

  it("inserts the raw JSON text for a whole {{payload}} (and its aliases), and only for JSON bodies", () => {
    const raw = '{"b": 1, "a": 150.00}';
    const context = callContext({ payload: JSON.parse(raw), event: { source: "trigger" }, trigger });
    const asJson = callVariables(context, { connector, rawBody: raw, contentType: "application/json; charset=utf-8" });
    expect(renderJson('{"x": {{payload}}, "y": "{{requestBody}}", "z": {{payload.a}}}', asJson)).toBe(
      `{"x": ${raw}, "y": ${raw}, "z": 150}`,
    );
    expect(renderText("{{payload}}", asJson)).toBe(raw);
    const asForm = callVariables(callContext({ payload: { a: "1" }, event: { source: "trigger" } }), {
      connector,
      rawBody: "a=1",
      contentType: "application/x-www-form-urlencoded",
    });
    expect(renderJson("{{payload}}", asForm)).toBe('{"a":"1"}');
    expect(renderText("{{rawBody}}", asForm)).toBe("a=1");
  });

  it("variables stored before the model render unchanged (plus connector)", () => {
    const legacy = { requestBody: { id: 1 }, event: { id: "e", method: "POST" } };
    const variables = callVariables(legacy, { connector });
    expect(renderText("{{requestBody.id}} {{event.method}} {{connector.name}}", variables)).toBe("1 POST CRM");
  });

  it("Test and Execute: the earlier top-level variables keep their names and serve as the payload", () => {
    const context = callContext({ payload: { orderId: "L" }, event: { source: "manual" }, extra: { orderId: "L" } });
    expect(renderText("{{orderId}} {{payload.orderId}} {{event.source}}", callVariables(context, { connector }))).toBe(
      "L L manual",
    );
  });
});

describe("variablePaths", () => {
  it("lists the paths a template can name, arrays by their first item", () => {
    expect(variablePaths({ payload: { a: { b: 1 }, items: [{ sku: "x" }], "bad key": 1 } })).toEqual([
      "payload",
      "payload.a",
      "payload.a.b",
      "payload.items",
      "payload.items[0]",
      "payload.items[0].sku",
    ]);
  });
});
