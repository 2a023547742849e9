// The one variable model, end to end against a real PostgreSQL, a real worker, the real receive path and a real
// recording target: one connector written with {{payload.*}} serves Test, Execute, an event delivery, a trigger
// action and an app webhook with the same request; connectors written the earlier ways render as they did; the
// raw inbound text is insertable; publishing tells unrenderable deliveries (template_error) and a retry after the
// fix delivers; Preview shows the exact request and sends nothing; saving warns about missing variables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as connectorsRoute from "@/app/api/v1/connectors/route";
import * as connectorRoute from "@/app/api/v1/connectors/[id]/route";
import * as testRoute from "@/app/api/v1/connectors/[id]/test/route";
import * as executeRoute from "@/app/api/v1/connectors/[id]/execute/route";
import * as previewRoute from "@/app/api/v1/connectors/[id]/preview/route";
import * as subscriptionsRoute from "@/app/api/v1/connectors/[id]/subscriptions/route";
import * as eventsRoute from "@/app/api/v1/events/route";
import * as retryRoute from "@/app/api/v1/deliveries/[id]/retry/route";
import * as triggerRoute from "@/app/api/v1/triggers/[id]/route";
import * as listenersRoute from "@/app/api/v1/app-listeners/route";
import { POST as createAppWebhookRoute } from "@/app/api/app/webhooks/route";
import { POST as appTriggerRoute } from "@/app/api/apps/[app_uuid]/webhooks/[webhook_uuid]/route";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiToken, unique } from "../support/auth-fixtures";
import { callRoute } from "../support/connector-api";
import { eventually } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget, type ReceivedRequest } from "../support/http-target";
import { createTrigger as createTriggerAs, startReceiveServer, type ReceiveServer } from "../support/inbound-fixtures";
import { useIsolatedDatabase } from "../support/isolated-database";

let admin: string;
let workspaceId: string;
let worker: RunningWorker;
let inbound: ReceiveServer;
let target: HttpTarget;

beforeAll(async () => {
  await useIsolatedDatabase("variables");
  admin = (await apiToken("admin")).authorization;
  workspaceId = await defaultWorkspaceId();
  worker = await startDeliveryWorker({ leaseMs: 5_000, pollIntervalMs: 50 });
  inbound = await startReceiveServer();
  target = await startHttpTarget();
});

afterAll(async () => {
  await worker?.stop();
  await inbound?.close();
  await target?.close();
  await closePool();
  await disconnectDb();
});

const slug = () => unique("t").toLowerCase();

async function createConnector(fields: Record<string, unknown>) {
  const response = await callRoute(connectorsRoute.POST, "/api/v1/connectors", {
    body: { name: unique("vars"), ...fields },
    authorization: admin,
  });
  expect(response.status, response.text).toBe(201);
  return response.body as { id: string; name: string };
}

async function eventType(samplePayload: unknown = null) {
  const key = unique("order").replaceAll("-", ".");
  return db().eventType.create({
    data: { workspaceId, key, ...(samplePayload === null ? {} : { samplePayload: samplePayload as object }) },
    select: { id: true, key: true },
  });
}

const subscribe = (connectorId: string, eventTypeId: string) =>
  callRoute(subscriptionsRoute.PUT, `/api/v1/connectors/${connectorId}/subscriptions`, {
    method: "PUT",
    body: { subscriptions: [{ eventTypeId }] },
    authorization: admin,
    params: { id: connectorId },
  });

const publish = (type: string, payload: unknown) =>
  callRoute(eventsRoute.POST, "/api/v1/events", { body: { type, payload }, authorization: admin });

const createTrigger = (fields: Record<string, unknown>) => createTriggerAs(admin, { slug: slug(), ...fields });

async function postToTrigger(
  trigger: { slug: string; secret: string },
  body: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(
    `${inbound.base}/api/webhook/default/${trigger.slug}?key=${encodeURIComponent(trigger.secret)}&via=hook`,
    {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    },
  );
  expect(response.status).toBe(200);
}

async function appWebhookCalling(connectorId: string, props: unknown, bodyTemplate: string | null = null) {
  const name = unique("listener").replaceAll("-", "_");
  const listener = await callRoute(listenersRoute.POST, "/api/v1/app-listeners", {
    body: { name, actions: [{ connectorId, bodyTemplate }] },
    authorization: admin,
  });
  expect(listener.status, listener.text).toBe(201);
  const created = await callRoute(createAppWebhookRoute, "/api/app/webhooks", {
    body: { action: name, props },
    authorization: admin,
  });
  expect(created.status, created.text).toBeLessThan(300);
  return { uuid: created.body.uuid as string, action: name };
}

async function postToAppWebhook(uuid: string, body: string) {
  const request = new Request(`http://local/api/apps/${workspaceId}/webhooks/${uuid}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const response = await appTriggerRoute(request, {
    params: Promise.resolve({ app_uuid: workspaceId, webhook_uuid: uuid }),
  });
  expect(response.status).toBe(200);
}

/** Waits for the next request the target receives. */
async function nextRequest(action: () => Promise<unknown>): Promise<ReceivedRequest> {
  const before = target.received.length;
  await action();
  const received = await target.waitForRequests(before + 1);
  return received[before]!;
}

/** What must be identical whichever source caused the call. */
const comparable = (request: ReceivedRequest) => ({
  method: request.method,
  url: request.url,
  contentType: request.headers["content-type"],
  order: request.headers["x-order"],
  body: request.body,
});

describe("one connector, every source", () => {
  it("renders {{payload.orderId}} in URL, header and body the same for Test, Execute, an event, a trigger action and an app webhook", async () => {
    const connector = await createConnector({
      url: `${target.url}/orders/{{payload.orderId}}?total={{payload.total}}`,
      headers: [{ name: "X-Order", value: "{{payload.orderId}}" }],
      bodyTemplate: '{"order": "{{payload.orderId}}", "total": {{payload.total}}, "by": "{{connector.name}}"}',
    });
    const payload = { orderId: "A-17", total: 150 };
    const text = JSON.stringify(payload);

    const viaTest = await nextRequest(async () => {
      const response = await callRoute(testRoute.POST, "", {
        body: { payload },
        authorization: admin,
        params: { id: connector.id },
      });
      expect(response.status, response.text).toBe(200);
    });
    const viaExecute = await nextRequest(async () => {
      const response = await callRoute(executeRoute.POST, "", {
        body: { payload },
        authorization: admin,
        params: { id: connector.id },
      });
      expect(response.status, response.text).toBe(200);
    });
    const type = await eventType(payload);
    expect((await subscribe(connector.id, type.id)).body.warnings).toEqual([]);
    const viaEvent = await nextRequest(async () => {
      const response = await publish(type.key, payload);
      expect(response.status, response.text).toBe(202);
      expect(response.body).toMatchObject({ deliveries: 1, queued: 1, unrenderable: [] });
    });
    const trigger = await createTrigger({ actions: [{ connectorId: connector.id }] });
    const viaTrigger = await nextRequest(() => postToTrigger(trigger, text));
    const webhook = await appWebhookCalling(connector.id, { userId: 7 });
    const viaAppWebhook = await nextRequest(() => postToAppWebhook(webhook.uuid, text));

    const expected = {
      method: "POST",
      url: "/orders/A-17?total=150",
      contentType: "application/json",
      order: "A-17",
      body: `{"order": "A-17", "total": 150, "by": "${connector.name}"}`,
    };
    for (const request of [viaTest, viaExecute, viaEvent, viaTrigger, viaAppWebhook])
      expect(comparable(request)).toEqual(expected);
  });

  it("inserts the inbound body's raw text for a whole {{payload}}: key order and 150.00 kept; {{rawBody}} is the text", async () => {
    const connector = await createConnector({
      url: `${target.url}/raw`,
      bodyTemplate: '{"copy": {{payload}}, "alias": {{requestBody}}, "text": "{{rawBody}}", "a": {{payload.a}}}',
    });
    const trigger = await createTrigger({ actions: [{ connectorId: connector.id }] });
    const raw = '{"b": "x", "a": 150.00}';
    const received = await nextRequest(() => postToTrigger(trigger, raw));
    expect(received.body).toBe(
      `{"copy": ${raw}, "alias": ${raw}, "text": "${JSON.stringify(raw).slice(1, -1)}", "a": 150}`,
    );
    expect(JSON.parse(received.body).text).toBe(raw);

    // A connector with no body template of its own sends the published payload as it was published.
    const plain = await createConnector({ url: `${target.url}/plain` });
    const type = await eventType();
    await subscribe(plain.id, type.id);
    const event = await nextRequest(() => publish(type.key, { zebra: 1, apple: { y: 2, x: 1 } }));
    expect(event.body).toBe('{"zebra":1,"apple":{"y":2,"x":1}}');
  });
});

describe("connectors written before the model render as they did", () => {
  it("top-level Execute variables, a trigger's configured names, the app webhook's event/props/webhook and event.payload", async () => {
    const legacyExecute = await createConnector({
      url: `${target.url}/legacy/{{orderId}}`,
      bodyTemplate: '{"email": "{{customer.email}}"}',
    });
    const executed = await nextRequest(() =>
      callRoute(executeRoute.POST, "", {
        body: { variables: { orderId: "L-1", customer: { email: "ann@example.com" } } },
        authorization: admin,
        params: { id: legacyExecute.id },
      }),
    );
    expect(executed.url).toBe("/legacy/L-1");
    expect(executed.body).toBe('{"email": "ann@example.com"}');

    const triggerConnector = await createConnector({ url: `${target.url}/legacy-trigger/{{data.orderId}}` });
    const trigger = await createTrigger({
      headerVariable: "hdrs",
      bodyVariable: "data",
      actions: [
        {
          connectorId: triggerConnector.id,
          bodyTemplate:
            '{"id": "{{data.orderId}}", "h": "{{hdrs.x-custom}}", "q": "{{query.via}}", "slug": "{{trigger.slug}}", "m": "{{event.method}}"}',
        },
      ],
    });
    const fromTrigger = await nextRequest(() => postToTrigger(trigger, '{"orderId":"T-9"}', { "x-custom": "yes" }));
    expect(fromTrigger.url).toBe("/legacy-trigger/T-9");
    expect(JSON.parse(fromTrigger.body)).toEqual({ id: "T-9", h: "yes", q: "hook", slug: trigger.slug, m: "POST" });

    const appConnector = await createConnector({ url: `${target.url}/legacy-app` });
    const webhook = await appWebhookCalling(
      appConnector.id,
      { userId: 1 },
      '{"data": "{{event.triggerData}}", "user": {{props.userId}}, "all": {{event}}, "action": "{{webhook.action}}"}',
    );
    const fromApp = await nextRequest(() => postToAppWebhook(webhook.uuid, '{"triggerData":"someData"}'));
    expect(fromApp.body).toBe(
      `{"data": "someData", "user": 1, "all": {"triggerData":"someData"}, "action": "${webhook.action}"}`,
    );

    const eventConnector = await createConnector({
      url: `${target.url}/legacy-event`,
      bodyTemplate: '{"type": "{{event.type}}", "id": "{{event.payload.orderId}}"}',
    });
    const type = await eventType();
    await subscribe(eventConnector.id, type.id);
    const published = await nextRequest(() => publish(type.key, { orderId: "E-3" }));
    expect(JSON.parse(published.body)).toEqual({ type: type.key, id: "E-3" });
  });

  it("a delivery stored with the earlier trigger variables renders exactly as before", async () => {
    const connector = await createConnector({ url: `${target.url}/stored/{{requestBody.orderId}}` });
    const received = await nextRequest(() =>
      db().delivery.create({
        data: {
          workspaceId,
          connectorId: connector.id,
          kind: "trigger_action",
          status: "pending",
          messageId: "msg_legacy",
          bodyTemplate: '{"h": "{{requestHeaders.x-a}}", "id": "{{event.id}}", "slug": "{{trigger.slug}}"}',
          variables: {
            requestHeaders: { "x-a": "1" },
            requestBody: { orderId: "S-5" },
            query: {},
            trigger: { id: "t", name: "Old", slug: "old" },
            event: { id: "e-1", method: "POST" },
          },
          maxAttempts: 1,
          nextAttemptAt: new Date(),
        },
      }),
    );
    expect(received.url).toBe("/stored/S-5");
    expect(received.body).toBe('{"h": "1", "id": "e-1", "slug": "old"}');
  });
});

describe("truthful failures", () => {
  it("warns at save, answers unrenderable deliveries when publishing, marks them template_error, and delivers on retry after the fix", async () => {
    const connector = await createConnector({
      url: `${target.url}/broken/{{payload.orderId}}`,
      bodyTemplate: '{"name": "{{payload.customer.name}}"}',
    });
    const type = await eventType({ orderId: "S-1" });
    const saved = await subscribe(connector.id, type.id);
    expect(saved.status).toBe(200);
    expect(saved.body.warnings).toEqual([
      expect.objectContaining({ against: "event_type_sample", name: type.key, missing: ["payload.customer.name"] }),
    ]);

    const before = target.received.length;
    const published = await publish(type.key, { orderId: "B-1" });
    expect(published.status).toBe(202);
    expect(published.body).toMatchObject({
      deliveries: 1,
      queued: 0,
      unrenderable: [
        {
          connectorId: connector.id,
          connectorName: connector.name,
          missing: ["payload.customer.name"],
          message: "Missing template variable: payload.customer.name",
        },
      ],
    });
    const deliveryId = published.body.unrenderable[0].deliveryId as string;
    const delivery = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery).toMatchObject({
      status: "template_error",
      lastErrorCode: "template_error",
      lastErrorMessage: "Missing template variable: payload.customer.name",
      attemptCount: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received.length).toBe(before);

    const fixed = await callRoute(connectorRoute.PATCH, "", {
      method: "PATCH",
      body: { bodyTemplate: '{"name": "{{payload.customer.name}}", "fallback": "{{payload.orderId}}"}' },
      authorization: admin,
      params: { id: connector.id },
    });
    expect(fixed.body.warnings).toHaveLength(1);
    const fixedAgain = await callRoute(connectorRoute.PATCH, "", {
      method: "PATCH",
      body: { bodyTemplate: '{"order": "{{payload.orderId}}"}' },
      authorization: admin,
      params: { id: connector.id },
    });
    expect(fixedAgain.body.warnings).toEqual([]);

    const received = await nextRequest(async () => {
      const retried = await callRoute(retryRoute.POST, "", {
        authorization: admin,
        params: { id: deliveryId },
        body: {},
      });
      expect(retried.status, retried.text).toBe(200);
    });
    expect(received.url).toBe("/broken/B-1");
    expect(received.body).toBe('{"order": "B-1"}');
    const done = await eventually(
      () => db().delivery.findUniqueOrThrow({ where: { id: deliveryId } }),
      (row) => row.status === "succeeded",
    );
    expect(done.status).toBe("succeeded");
  });

  it("a trigger action that cannot render becomes template_error naming the variables, and the trigger save warns", async () => {
    const connector = await createConnector({ url: `${target.url}/action/{{payload.missing}}` });
    const trigger = await createTrigger({ actions: [{ connectorId: connector.id }] });
    await postToTrigger(trigger, '{"present": true}');
    const delivery = await eventually(
      () => db().delivery.findFirst({ where: { connectorId: connector.id } }),
      (row) => row?.status === "template_error",
    );
    expect(delivery).toMatchObject({
      status: "template_error",
      lastErrorCode: "template_error",
      lastErrorMessage: "Missing template variable: payload.missing",
      attemptCount: 0,
    });
    const saved = await callRoute(triggerRoute.PATCH, "", {
      method: "PATCH",
      body: { name: unique("Renamed") },
      authorization: admin,
      params: { id: trigger.id },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.warnings).toEqual([
      expect.objectContaining({ against: "trigger_last_event", missing: ["payload.missing"] }),
    ]);
  });

  it("a trigger action renders a body jsonb cannot hold from its exact bytes, and the trigger save does not warn", async () => {
    const connector = await createConnector({
      url: `${target.url}/raw-only/{{payload.orderId}}`,
      bodyTemplate: '{"note": "{{payload.note}}"}',
    });
    const trigger = await createTrigger({ actions: [{ connectorId: connector.id }] });
    await postToTrigger(trigger, '{"orderId": "R-1", "note": "a\\u0000b"}');
    const event = await eventually(
      () => db().event.findFirst({ where: { triggerId: trigger.id }, select: { bodyRawOnly: true } }),
      (row) => row !== null,
    );
    expect(event?.bodyRawOnly).toBe(true);
    const call = await eventually(
      async () => target.received.find((request) => request.url === "/raw-only/R-1"),
      (request) => request !== undefined,
    );
    expect(call?.body).toBe('{"note": "a\\u0000b"}');
    const saved = await callRoute(triggerRoute.PATCH, "", {
      method: "PATCH",
      body: { name: unique("Renamed") },
      authorization: admin,
      params: { id: trigger.id },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.warnings).toEqual([]);
  });
});

describe("preview", () => {
  it("shows the exact request for a sample or a stored event, secrets redacted, and sends nothing", async () => {
    const connector = await createConnector({
      url: `${target.url}/preview/{{payload.orderId}}`,
      auth: { type: "bearer", token: "tok_secret_value" },
      headers: [{ name: "X-Order", value: "{{payload.orderId}}" }],
      bodyTemplate: '{"order": "{{payload.orderId}}", "type": "{{event.type}}"}',
    });
    const before = target.received.length;

    const sample = await callRoute(previewRoute.POST, "", {
      body: { payload: { orderId: "P-1" }, eventType: "order.created" },
      authorization: admin,
      params: { id: connector.id },
    });
    expect(sample.status, sample.text).toBe(200);
    expect(sample.body).toMatchObject({
      ok: true,
      request: {
        method: "POST",
        url: `${target.url}/preview/P-1`,
        headers: {
          "X-Order": "P-1",
          Authorization: "[redacted]",
          "Content-Type": "application/json",
          "webhook-signature": "[redacted]",
        },
        body: '{"order": "P-1", "type": "order.created"}',
      },
    });
    expect(sample.body.variables).toEqual(
      expect.arrayContaining(["payload.orderId", "event.type", "connector.name", "headers"]),
    );
    expect(sample.text).not.toContain("tok_secret_value");

    const type = await eventType();
    const published = await publish(type.key, { orderId: "P-2" });
    const stored = await callRoute(previewRoute.POST, "", {
      body: { eventId: published.body.id },
      authorization: admin,
      params: { id: connector.id },
    });
    expect(stored.body).toMatchObject({
      ok: true,
      against: { eventId: published.body.id, source: "api", type: type.key },
      request: { url: `${target.url}/preview/P-2`, body: `{"order": "P-2", "type": "${type.key}"}` },
    });
    expect(stored.body.request.headers["webhook-id"]).toBe(`msg_${(published.body.id as string).replaceAll("-", "")}`);

    const missing = await callRoute(previewRoute.POST, "", {
      body: { payload: { other: 1 } },
      authorization: admin,
      params: { id: connector.id },
    });
    // event.type is null without an eventType: null renders ("null"), only absent names are missing.
    expect(missing.body).toMatchObject({
      ok: false,
      missing: ["payload.orderId"],
      message: "Missing template variable: payload.orderId",
    });

    const unknown = await callRoute(previewRoute.POST, "", {
      body: { eventId: crypto.randomUUID() },
      authorization: admin,
      params: { id: connector.id },
    });
    expect(unknown.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received.length).toBe(before);
  });

  it("previews a stored event whose payload jsonb cannot hold: templates read it parsed again, no template sends its exact text", async () => {
    const templated = await createConnector({
      url: `${target.url}/preview/{{payload.orderId}}`,
      bodyTemplate: '{"note": "{{payload.note}}"}',
    });
    const plain = await createConnector({ url: `${target.url}/preview-plain` });
    const before = target.received.length;
    const type = await eventType();
    const payload = { orderId: "P-3", note: "a\u0000b" };
    const published = await publish(type.key, payload);
    expect(published.status, published.text).toBe(202);
    const stored = await db().event.findUniqueOrThrow({
      where: { id: published.body.id },
      select: { bodyRawOnly: true },
    });
    expect(stored.bodyRawOnly).toBe(true);

    const rendered = await callRoute(previewRoute.POST, "", {
      body: { eventId: published.body.id },
      authorization: admin,
      params: { id: templated.id },
    });
    expect(rendered.body).toMatchObject({
      ok: true,
      request: { url: `${target.url}/preview/P-3`, body: '{"note": "a\\u0000b"}' },
    });

    const exact = await callRoute(previewRoute.POST, "", {
      body: { eventId: published.body.id },
      authorization: admin,
      params: { id: plain.id },
    });
    expect(exact.body).toMatchObject({
      ok: true,
      request: { url: `${target.url}/preview-plain`, body: JSON.stringify(payload) },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(target.received.length).toBe(before);
  });
});
