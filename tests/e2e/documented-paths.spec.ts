// The app webhooks document's own paths through the real production server (next.config.ts rewrites them to the
// /api/ routes): an app registers a webhook at POST /app/webhooks with a bearer token and triggers it at
// POST /apps/{app_uuid}/webhooks/{webhook_uuid}; the listener's connector receives the body as {{event}}.
import { expect, test } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { apiCall, signInAsAdmin } from "./support/session";

let target: HttpTarget;

test.beforeAll(async () => {
  target = await startHttpTarget(() => ({ status: 200, body: "ok" }));
});

test.afterAll(async () => {
  await target?.close();
});

test("app webhooks answer at the documented paths, without /api", async ({ page, request }) => {
  const stamp = `${test.info().workerIndex}_${Date.now()}`;
  await signInAsAdmin(page);
  const { token } = await apiCall<{ token: string }>(page, "POST", "/api/v1/tokens", {
    name: `documented paths ${stamp}`,
    role: "admin",
  });
  const connector = await apiCall<{ id: string }>(page, "POST", "/api/v1/connectors", {
    name: `listener target ${stamp}`,
    url: `${target.url}/listener`,
    method: "POST",
    bodyType: "json",
    bodyTemplate: '{"got": {{event}}, "user": {{props.userId}}}',
  });
  await apiCall(page, "POST", "/api/v1/app-listeners", {
    name: `listener_${stamp}`,
    actions: [{ connectorId: connector.id }],
  });

  const created = await request.post("/app/webhooks", {
    headers: { authorization: `Bearer ${token}` },
    data: { action: `listener_${stamp}`, props: { userId: 1 } },
  });
  expect(created.status()).toBe(201);
  const webhook = (await created.json()) as { uuid: string; environment_id: unknown };
  expect(Number.isInteger(webhook.environment_id)).toBe(true);

  const listed = await request.get("/app/webhooks", { headers: { authorization: `Bearer ${token}` } });
  expect(((await listed.json()) as { uuid: string }[]).map((item) => item.uuid)).toContain(webhook.uuid);

  const me = (await (await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } })).json()) as {
    workspaceId: string;
  };
  const triggered = await request.post(`/apps/${me.workspaceId}/webhooks/${webhook.uuid}`, {
    data: { triggerData: "someData" },
  });
  expect(triggered.status()).toBe(200);
  await target.waitForRequests(1);
  expect(JSON.parse(target.received[0]!.body)).toEqual({ got: { triggerData: "someData" }, user: 1 });
});
