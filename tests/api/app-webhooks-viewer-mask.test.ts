// An app webhook's uuid is the only credential of its trigger URL, so viewers (who may not fire webhooks) see it
// masked wherever it appears: the dashboard list and its trigger URLs, the documented list shape, and the events
// an app webhook stored. Admins, who manage them, still get them.
import { describe, expect, it } from "vitest";
import { GET as listCompat, POST as createCompat } from "@/app/api/app/webhooks/route";
import { POST as triggerRoute } from "@/app/api/apps/[app_uuid]/webhooks/[webhook_uuid]/route";
import { GET as listDashboard } from "@/app/api/v1/app-webhooks/route";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { GET as getEvent } from "@/app/api/v1/events/[id]/route";
import { SECRET_MASK } from "@/lib/crypto/tokens";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, routeParams, unique } from "../support/auth-fixtures";

describe("app webhook uuids and viewers", () => {
  it("are masked for viewers in every list and event, and shown to admins", async () => {
    const admin = (await apiToken("admin")).authorization;
    const viewer = (await apiToken("viewer")).authorization;
    const action = unique("masked").replaceAll("-", "_");
    const created = await createCompat(
      apiRequest("/api/app/webhooks", {
        method: "POST",
        body: { action, props: {} },
        headers: { authorization: admin },
      }),
    );
    expect(created.status).toBe(201);
    const { uuid } = (await created.json()) as { uuid: string };
    const appUuid = await defaultWorkspaceId();
    const fired = await triggerRoute(
      new Request(`http://local/api/apps/${appUuid}/webhooks/${uuid}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      }),
      { params: Promise.resolve({ app_uuid: appUuid, webhook_uuid: uuid }) },
    );
    expect(fired.status).toBeLessThan(300);

    const read = async (
      handler: (request: Request, context: never) => Promise<Response>,
      path: string,
      authorization: string,
      params = {},
    ) => {
      const response = await handler(apiRequest(path, { headers: { authorization } }), routeParams(params) as never);
      expect(response.status).toBe(200);
      return { text: await response.clone().text(), body: await response.json() };
    };

    const asViewer = await read(listDashboard, "/api/v1/app-webhooks", viewer);
    const mine = asViewer.body.data.find((row: { action: string }) => row.action === action);
    expect(mine.uuid).toBe(SECRET_MASK);
    expect(mine.triggerUrl).toContain(SECRET_MASK);
    expect(asViewer.text).not.toContain(uuid);

    const compatViewer = await read(listCompat, "/api/app/webhooks", viewer);
    expect(compatViewer.body.find((row: { action: string }) => row.action === action).uuid).toBe(SECRET_MASK);
    expect(compatViewer.text).not.toContain(uuid);

    const events = await read(listEvents, "/api/v1/events?source=app_webhook&limit=200", viewer);
    expect(events.text).not.toContain(uuid);
    const eventId = events.body.data.find(
      (event: { appWebhookId: string | null }) => event.appWebhookId === SECRET_MASK,
    )?.id;
    expect(eventId).toBeDefined();
    const event = await read(getEvent, `/api/v1/events/${eventId}`, viewer, { id: eventId });
    expect(event.body.appWebhookId).toBe(SECRET_MASK);
    expect(event.text).not.toContain(uuid);

    const asAdmin = await read(listDashboard, "/api/v1/app-webhooks", admin);
    expect(asAdmin.body.data.find((row: { action: string }) => row.action === action).uuid).toBe(uuid);
    const compatAdmin = await read(listCompat, "/api/app/webhooks", admin);
    expect(compatAdmin.body.find((row: { action: string }) => row.action === action).uuid).toBe(uuid);
    const adminEvent = await read(getEvent, `/api/v1/events/${eventId}`, admin, { id: eventId });
    expect(adminEvent.body.appWebhookId).toBe(uuid);
  });
});
