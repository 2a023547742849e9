// App webhooks over their route handlers against a real PostgreSQL: the documented create shape round-trips, a
// trigger with {"triggerData":"someData"} is stored and runs the listener, whose connector call a local target
// receives rendered with {{event.triggerData}} and {{props.userId}}; unknown uuids answer 404; listener CRUD;
// viewers cannot write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listCompatRoute, POST as createCompatRoute } from "@/app/api/app/webhooks/route";
import { DELETE as deleteCompatRoute, GET as getCompatRoute } from "@/app/api/app/webhooks/[uuid]/route";
import { POST as triggerRoute } from "@/app/api/apps/[app_uuid]/webhooks/[webhook_uuid]/route";
import { GET as listListenersRoute, POST as createListenerRoute } from "@/app/api/v1/app-listeners/route";
import {
  DELETE as deleteListenerRoute,
  GET as getListenerRoute,
  PATCH as updateListenerRoute,
} from "@/app/api/v1/app-listeners/[id]/route";
import { GET as listDashboardRoute } from "@/app/api/v1/app-webhooks/route";
import { GET as listEventsRoute } from "@/app/api/v1/events/route";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { APP_ORIGIN, apiRequest, apiToken, routeParams, unique } from "../support/auth-fixtures";
import { eventually, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { useIsolatedDatabase } from "../support/isolated-database";

let admin: string;
let viewer: string;
let workspaceId: string;
let environmentId: number;
let worker: RunningWorker;
const targets: HttpTarget[] = [];

const listenerName = () => unique("listener").replaceAll("-", "_");

/** The seed document's bodies (app-webhooks-action-props.txt), character for character. */
const DOCUMENTED_CREATE_BODY = `{
"action": "exampleListener",
"props": {
"userId": 1
}
}`;
const DOCUMENTED_TRIGGER_BODY = `{
"triggerData": "someData"
}`;

/** A string body is sent as it is (a documented example's exact text); anything else as JSON. */
async function createWebhook(body: unknown, authorization = admin) {
  const request =
    typeof body === "string"
      ? new Request(`${APP_ORIGIN}/api/app/webhooks`, {
          method: "POST",
          headers: { origin: APP_ORIGIN, "content-type": "application/json", authorization },
          body,
        })
      : apiRequest("/api/app/webhooks", { method: "POST", body, headers: { authorization } });
  const response = await createCompatRoute(request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function createListener(body: unknown, authorization = admin) {
  const response = await createListenerRoute(
    apiRequest("/api/v1/app-listeners", { method: "POST", body, headers: { authorization } }),
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { id: string } };
}

async function trigger(appUuid: string, webhookUuid: string, body: string, contentType = "application/json") {
  // Built by hand: the trigger URL takes any body, not only JSON.
  const request = new Request(`http://local/api/apps/${appUuid}/webhooks/${webhookUuid}`, {
    method: "POST",
    headers: { "content-type": contentType, "x-forwarded-for": "203.0.113.9" },
    body,
  });
  const response = await triggerRoute(request, {
    params: Promise.resolve({ app_uuid: appUuid, webhook_uuid: webhookUuid }),
  });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  await useIsolatedDatabase("app_webhooks");
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
  workspaceId = await defaultWorkspaceId();
  environmentId = (await db().workspace.findUniqueOrThrow({ where: { id: workspaceId } })).environmentId;
  worker = await startDeliveryWorker({ leaseMs: 5_000, pollIntervalMs: 50 });
});

afterAll(async () => {
  await worker?.stop();
  await Promise.all(targets.map((target) => target.close()));
  await closePool();
  await disconnectDb();
});

describe("POST /api/app/webhooks", () => {
  it("answers the documented body, sent verbatim, with the documented shape and GET returns it unchanged", async () => {
    const created = await createWebhook(DOCUMENTED_CREATE_BODY);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      uuid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      action: "exampleListener",
      props: { userId: 1 },
      environment_id: environmentId,
      user_id: null,
    });
    expect(Object.keys(created.body)).toEqual(["uuid", "action", "props", "environment_id", "user_id"]);

    const uuid = created.body.uuid as string;
    const one = await getCompatRoute(
      apiRequest(`/api/app/webhooks/${uuid}`, { headers: { authorization: viewer } }),
      routeParams({ uuid }),
    );
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual(created.body);

    // Listed uuids are for admins (viewers get them masked: app-webhooks-viewer-mask.test.ts).
    const list = await listCompatRoute(apiRequest("/api/app/webhooks", { headers: { authorization: admin } }));
    expect(list.status).toBe(200);
    expect(await list.json()).toContainEqual(created.body);
  });

  it.each([
    ["an action with spaces", { action: "not allowed", props: {} }, "action"],
    ["props that are not an object", { action: "ok", props: [1, 2] }, "props"],
    ["no action", { props: {} }, "action"],
  ])("refuses %s with 400 and the field path", async (_name, body, path) => {
    const answer = await createWebhook(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: { code: "validation_failed", details: [expect.objectContaining({ path })] },
    });
  });

  it("defaults props to {} and deletes: the trigger URL then answers 404", async () => {
    const created = await createWebhook({ action: "nothing_listens" });
    expect(created.body.props).toEqual({});
    const uuid = created.body.uuid as string;
    expect((await trigger(workspaceId, uuid, "{}")).body).toEqual({ status: "accepted", workflow_started: false });

    const deleted = await deleteCompatRoute(
      apiRequest(`/api/app/webhooks/${uuid}`, { method: "DELETE", headers: { authorization: admin } }),
      routeParams({ uuid }),
    );
    expect(deleted.status).toBe(204);
    expect(await trigger(workspaceId, uuid, "{}")).toEqual({ status: 404, body: { error: "Webhook not found" } });
    const gone = await getCompatRoute(
      apiRequest(`/api/app/webhooks/${uuid}`, { headers: { authorization: admin } }),
      routeParams({ uuid }),
    );
    expect(gone.status).toBe(404);
  });
});

describe("POST /api/apps/{app_uuid}/webhooks/{webhook_uuid}", () => {
  it("stores the event and calls the listener's connector with {{event.triggerData}} and {{props.userId}}", async () => {
    const target = await startHttpTarget();
    targets.push(target);
    const connector = await subscribedConnector({ url: target.url });
    const name = listenerName();
    const listener = await createListener({
      name,
      description: "Forwards app triggers",
      actions: [
        {
          connectorId: connector.id,
          bodyTemplate: '{"data": "{{event.triggerData}}", "user": {{props.userId}}, "all": {{event}}}',
        },
      ],
    });
    expect(listener.status).toBe(201);
    const webhook = await createWebhook(DOCUMENTED_CREATE_BODY.replace("exampleListener", name));

    const answer = await trigger(workspaceId, webhook.body.uuid as string, DOCUMENTED_TRIGGER_BODY);
    expect(answer).toEqual({ status: 200, body: { status: "accepted", workflow_started: true } });

    const [received] = await target.waitForRequests(1);
    expect(received!.method).toBe("POST");
    // {{event}} inserts the body's text as received, line breaks included.
    expect(received!.body).toBe(`{"data": "someData", "user": 1, "all": ${DOCUMENTED_TRIGGER_BODY}}`);

    const [event] = await db().event.findMany({ where: { appWebhookId: webhook.body.uuid as string } });
    expect(event).toMatchObject({
      source: "app_webhook",
      method: "POST",
      body: { triggerData: "someData" },
      rawBody: DOCUMENTED_TRIGGER_BODY,
      responseStatus: 200,
      responseBody: { status: "accepted", workflow_started: true },
      sourceIp: "203.0.113.9",
    });
    const deliveries = await eventually(
      () => db().delivery.findMany({ where: { eventId: event!.id } }),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(deliveries).toMatchObject([{ kind: "trigger_action", connectorId: connector.id, status: "succeeded" }]);
    // The variable model's context: the body is the payload (and, for app webhooks, `event`), with props and webhook.
    expect(deliveries[0]!.variables).toMatchObject({
      $model: 1,
      payload: { triggerData: "someData" },
      event: { id: event!.id, source: "app_webhook", type: name, method: "POST" },
      props: { userId: 1 },
      webhook: { uuid: webhook.body.uuid, action: name },
    });
  });

  it.each([
    ["an unknown webhook uuid", () => [workspaceId, crypto.randomUUID()]],
    ["a wrong app uuid", (uuid: string) => [crypto.randomUUID(), uuid]],
    ["a malformed webhook uuid", () => [workspaceId, "not-a-uuid"]],
  ] as const)("answers %s with 404 and stores nothing", async (_name, path) => {
    const webhook = await createWebhook({ action: "exampleListener", props: {} });
    const [appUuid, webhookUuid] = path(webhook.body.uuid as string);
    expect(await trigger(appUuid!, webhookUuid!, '{"triggerData":"someData"}')).toEqual({
      status: 404,
      body: { error: "Webhook not found" },
    });
    expect(await db().event.count({ where: { appWebhookId: webhook.body.uuid as string } })).toBe(0);
  });

  it("answers invalid JSON with 400 and runs nothing", async () => {
    const webhook = await createWebhook({ action: "exampleListener", props: {} });
    expect(await trigger(workspaceId, webhook.body.uuid as string, "{not json")).toEqual({
      status: 400,
      body: { error: "Invalid request format" },
    });
    const [event] = await db().event.findMany({
      where: { appWebhookId: webhook.body.uuid as string },
      include: { deliveries: true },
    });
    expect(event).toMatchObject({ responseStatus: 400, deliveries: [] });
  });

  it("keeps a text body as text in {{event}}", async () => {
    const webhook = await createWebhook({ action: "exampleListener", props: {} });
    expect((await trigger(workspaceId, webhook.body.uuid as string, "plain words", "text/plain")).status).toBe(200);
    const [event] = await db().event.findMany({ where: { appWebhookId: webhook.body.uuid as string } });
    expect(event!.body).toBe("plain words");
  });
});

describe("/api/v1/app-listeners", () => {
  it("creates, reads, reorders actions, renames and deletes a listener", async () => {
    const first = await subscribedConnector({ url: "http://127.0.0.1:9/first" });
    const second = await subscribedConnector({ url: "http://127.0.0.1:9/second" });
    const name = listenerName();
    const created = await createListener({
      name,
      actions: [{ connectorId: first.id, bodyTemplate: "{{event}}" }, { connectorId: second.id }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name,
      description: "",
      actions: [
        { connectorId: first.id, connectorName: first.name, bodyTemplate: "{{event}}" },
        { connectorId: second.id, connectorName: second.name, bodyTemplate: null },
      ],
    });
    const id = created.body.id;

    const renamed = `${name}_v2`;
    const updated = await updateListenerRoute(
      apiRequest(`/api/v1/app-listeners/${id}`, {
        method: "PATCH",
        headers: { authorization: admin },
        body: {
          name: renamed,
          actions: [
            { connectorId: second.id, bodyTemplate: null },
            { connectorId: first.id, bodyTemplate: null },
          ],
        },
      }),
      routeParams({ id }),
    );
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({
      name: renamed,
      actions: [{ connectorId: second.id }, { connectorId: first.id }],
    });

    const read = await getListenerRoute(
      apiRequest(`/api/v1/app-listeners/${id}`, { headers: { authorization: viewer } }),
      routeParams({ id }),
    );
    expect(await read.json()).toMatchObject({ id, name: renamed });
    const list = await listListenersRoute(apiRequest("/api/v1/app-listeners", { headers: { authorization: viewer } }));
    expect(((await list.json()) as { data: { id: string }[] }).data.map((row) => row.id)).toContain(id);

    const deleted = await deleteListenerRoute(
      apiRequest(`/api/v1/app-listeners/${id}`, { method: "DELETE", headers: { authorization: admin } }),
      routeParams({ id }),
    );
    expect(deleted.status).toBe(204);
    const gone = await getListenerRoute(
      apiRequest(`/api/v1/app-listeners/${id}`, { headers: { authorization: admin } }),
      routeParams({ id }),
    );
    expect(gone.status).toBe(404);
  });

  it("answers a duplicate name with 409 on the name field and an unknown connector with 400 on its path", async () => {
    const name = listenerName();
    expect((await createListener({ name })).status).toBe(201);
    const duplicate = await createListener({ name });
    expect(duplicate).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", details: [{ path: "name" }] } },
    });
    const unknown = await createListener({ name: listenerName(), actions: [{ connectorId: crypto.randomUUID() }] });
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { details: [{ path: "actions.0.connectorId", message: "No such connector" }] } },
    });
  });

  it("shows the listener on the dashboard list of app webhooks", async () => {
    const name = listenerName();
    await createListener({ name });
    const webhook = await createWebhook({ action: name, props: { userId: 7 } });
    const response = await listDashboardRoute(
      apiRequest("/api/v1/app-webhooks", { headers: { authorization: admin } }),
    );
    const { data } = (await response.json()) as { data: Record<string, unknown>[] };
    expect(data.find((row) => row.uuid === webhook.body.uuid)).toMatchObject({
      action: name,
      props: { userId: 7 },
      listener: { name, actions: 0 },
      triggerUrl: expect.stringMatching(new RegExp(`[^i]/apps/${workspaceId}/webhooks/${webhook.body.uuid}$`)),
      createdAt: expect.any(String),
      eventCount: 0,
      lastTriggeredAt: null,
    });
  });

  it("counts each webhook's requests, accepted or refused, and lists them on the Events API by appWebhookId", async () => {
    const webhook = await createWebhook({ action: "exampleListener", props: {} });
    const other = await createWebhook({ action: "exampleListener", props: {} });
    const uuid = webhook.body.uuid as string;
    expect((await trigger(workspaceId, uuid, '{"n":1}')).status).toBe(200);
    expect((await trigger(workspaceId, uuid, "{not json")).status).toBe(400);
    expect((await trigger(workspaceId, other.body.uuid as string, '{"n":2}')).status).toBe(200);
    const last = await db().event.findFirstOrThrow({ where: { appWebhookId: uuid }, orderBy: { receivedAt: "desc" } });

    const listed = await listDashboardRoute(apiRequest("/api/v1/app-webhooks", { headers: { authorization: admin } }));
    const { data } = (await listed.json()) as { data: Record<string, unknown>[] };
    expect(data.find((row) => row.uuid === uuid)).toMatchObject({
      eventCount: 2,
      lastTriggeredAt: last.receivedAt.toISOString(),
    });
    expect(data.find((row) => row.uuid === other.body.uuid)).toMatchObject({ eventCount: 1 });

    const events = await listEventsRoute(
      apiRequest(`/api/v1/events?appWebhookId=${uuid}`, { headers: { authorization: admin } }),
    );
    const page = (await events.json()) as { data: { appWebhookId: string; responseStatus: number }[] };
    expect(page.data.map((event) => [event.appWebhookId, event.responseStatus])).toEqual([
      [uuid, 400],
      [uuid, 200],
    ]);
  });
});

describe("roles", () => {
  it.each([
    ["create an app webhook", () => createWebhook({ action: "x", props: {} }, viewer)],
    ["create a listener", () => createListener({ name: listenerName() }, viewer)],
    [
      "delete an app webhook",
      async () => {
        const { body } = await createWebhook({ action: "x", props: {} });
        const uuid = body.uuid as string;
        const response = await deleteCompatRoute(
          apiRequest(`/api/app/webhooks/${uuid}`, { method: "DELETE", headers: { authorization: viewer } }),
          routeParams({ uuid }),
        );
        return { status: response.status, body: await response.json() };
      },
    ],
    [
      "update a listener",
      async () => {
        const { body } = await createListener({ name: listenerName() });
        const response = await updateListenerRoute(
          apiRequest(`/api/v1/app-listeners/${body.id}`, {
            method: "PATCH",
            headers: { authorization: viewer },
            body: { description: "no" },
          }),
          routeParams({ id: body.id }),
        );
        return { status: response.status, body: await response.json() };
      },
    ],
  ])("a viewer may not %s (403)", async (_name, act) => {
    const answer = await act();
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: "forbidden" } });
  });

  it("without credentials the registration API answers 401", async () => {
    const response = await createCompatRoute(
      apiRequest("/api/app/webhooks", { method: "POST", body: { action: "x", props: {} } }),
    );
    expect(response.status).toBe(401);
  });
});
