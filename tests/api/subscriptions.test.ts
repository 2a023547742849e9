// Subscriptions through the real route handlers: a PUT replaces the connector's set in one go, filters are stored
// and applied by findSubscribers (what publishing calls), archived and unknown types are refused, viewers only read.
import { describe, expect, it } from "vitest";
import {
  GET as getConnectorSubscriptions,
  PUT as putConnectorSubscriptions,
} from "@/app/api/v1/connectors/[id]/subscriptions/route";
import { GET as listSubscriptions } from "@/app/api/v1/subscriptions/route";
import { db } from "@/lib/db";
import { findSubscribers } from "@/lib/subscriptions/find-subscribers";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, routeParams } from "../support/auth-fixtures";
import { insertConnector, insertEventType } from "../support/catalogue-fixtures";

async function put(authorization: string, connectorId: string, subscriptions: unknown[]) {
  return putConnectorSubscriptions(
    apiRequest(`/api/v1/connectors/${connectorId}/subscriptions`, {
      method: "PUT",
      body: { subscriptions },
      headers: { authorization },
    }),
    routeParams({ id: connectorId }),
  );
}

type Row = { eventTypeId: string; filter: unknown; eventType: { key: string } };

describe("connector subscriptions API", () => {
  it("replaces the set: adds, keeps with a new filter, removes; GET shows the result", async () => {
    const admin = await apiToken("admin");
    const connector = await insertConnector();
    const [a, b, c] = [await insertEventType(), await insertEventType(), await insertEventType()];

    const first = await put(admin.authorization, connector.id, [{ eventTypeId: a.id }, { eventTypeId: b.id }]);
    expect(first.status).toBe(200);
    expect(((await first.json()).data as Row[]).map((row) => row.eventTypeId).sort()).toEqual([a.id, b.id].sort());

    const filter = { path: "data.status", op: "in", value: ["won", "open"] };
    const second = await put(admin.authorization, connector.id, [{ eventTypeId: b.id, filter }, { eventTypeId: c.id }]);
    expect(second.status).toBe(200);

    const read = await getConnectorSubscriptions(
      apiRequest(`/api/v1/connectors/${connector.id}/subscriptions`, {
        headers: { authorization: admin.authorization },
      }),
      routeParams({ id: connector.id }),
    );
    const rows = (await read.json()).data as Row[];
    expect(rows.map((row) => [row.eventTypeId, row.filter]).sort()).toEqual(
      [
        [b.id, filter],
        [c.id, null],
      ].sort(),
    );
    expect(await db().subscription.count({ where: { connectorId: connector.id } })).toBe(2);

    const audit = await db().auditLog.findMany({
      where: { targetId: connector.id, action: "connector.subscriptions_updated" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => entry.diff)).toEqual([
      { added: [a.key, b.key], removed: [], filters: 0 },
      { added: [c.key], removed: [a.key], filters: 1 },
    ]);

    const cleared = await put(admin.authorization, connector.id, []);
    expect((await cleared.json()).data).toEqual([]);
    expect(await db().subscription.count({ where: { connectorId: connector.id } })).toBe(0);
  });

  it("refuses unknown and newly archived event types without changing anything, but keeps an archived one already subscribed", async () => {
    const admin = await apiToken("admin");
    const connector = await insertConnector();
    const kept = await insertEventType();
    expect((await put(admin.authorization, connector.id, [{ eventTypeId: kept.id }])).status).toBe(200);
    await db().eventType.update({ where: { id: kept.id }, data: { archivedAt: new Date() } });

    const archived = await insertEventType({ archived: true });
    const unknownId = "01900000-0000-7000-8000-00000000abcd";
    const refused = await put(admin.authorization, connector.id, [
      { eventTypeId: kept.id },
      { eventTypeId: archived.id },
      { eventTypeId: unknownId },
    ]);
    expect(refused.status).toBe(400);
    const error = (await refused.json()).error;
    expect(error.details).toEqual([
      { path: "subscriptions.1.eventTypeId", message: `Event type ${archived.key} is archived` },
      { path: "subscriptions.2.eventTypeId", message: "No such event type" },
    ]);
    expect(
      (await db().subscription.findMany({ where: { connectorId: connector.id } })).map((row) => row.eventTypeId),
    ).toEqual([kept.id]);

    expect((await put(admin.authorization, connector.id, [{ eventTypeId: kept.id }])).status).toBe(200);
  });

  it.each([
    [[{ eventTypeId: "not-a-uuid" }], "subscriptions.0.eventTypeId"],
    [
      [{ eventTypeId: "01900000-0000-7000-8000-000000000001", filter: { path: "data.status", op: "equals" } }],
      "subscriptions.0.filter.value",
    ],
    [
      [{ eventTypeId: "01900000-0000-7000-8000-000000000001", filter: { path: "a..b", op: "exists" } }],
      "subscriptions.0.filter.path",
    ],
    [
      [
        { eventTypeId: "01900000-0000-7000-8000-000000000001" },
        { eventTypeId: "01900000-0000-7000-8000-000000000001" },
      ],
      "subscriptions",
    ],
  ])("answers 400 with the field path for %j", async (subscriptions, path) => {
    const admin = await apiToken("admin");
    const connector = await insertConnector();
    const response = await put(admin.authorization, connector.id, subscriptions);
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.map((issue: { path: string }) => issue.path)).toEqual([path]);
  });

  it("answers 404 for a connector that does not exist and 403 to a viewer's PUT", async () => {
    const admin = await apiToken("admin");
    const viewer = await apiToken("viewer");
    const missing = "01900000-0000-7000-8000-00000000beef";
    expect((await put(admin.authorization, missing, [])).status).toBe(404);
    const connector = await insertConnector();
    const eventType = await insertEventType();
    expect((await put(viewer.authorization, connector.id, [{ eventTypeId: eventType.id }])).status).toBe(403);
    expect(await db().subscription.count({ where: { connectorId: connector.id } })).toBe(0);
  });

  it("lists subscriptions across the workspace filtered by connector or event type, page by page", async () => {
    const admin = await apiToken("admin");
    const viewer = await apiToken("viewer");
    const eventType = await insertEventType();
    const connectors = [await insertConnector(), await insertConnector(), await insertConnector()];
    for (const connector of connectors) await put(admin.authorization, connector.id, [{ eventTypeId: eventType.id }]);

    const headers = { authorization: viewer.authorization };
    const firstPage = await (
      await listSubscriptions(apiRequest(`/api/v1/subscriptions?eventTypeId=${eventType.id}&limit=2`, { headers }))
    ).json();
    expect(firstPage.data).toHaveLength(2);
    expect(firstPage.nextCursor).not.toBeNull();
    const secondPage = await (
      await listSubscriptions(
        apiRequest(`/api/v1/subscriptions?eventTypeId=${eventType.id}&limit=2&cursor=${firstPage.nextCursor}`, {
          headers,
        }),
      )
    ).json();
    expect(secondPage.nextCursor).toBeNull();
    const seen = [...firstPage.data, ...secondPage.data].map((row: { connectorId: string }) => row.connectorId);
    expect(seen.sort()).toEqual(connectors.map((connector) => connector.id).sort());

    const byConnector = await (
      await listSubscriptions(apiRequest(`/api/v1/subscriptions?connectorId=${connectors[0]!.id}`, { headers }))
    ).json();
    expect(byConnector.data).toMatchObject([
      { connectorId: connectors[0]!.id, eventType: { id: eventType.id, key: eventType.key } },
    ]);
  });
});

describe("findSubscribers", () => {
  it("returns enabled subscribers whose filter matches, inside a transaction too", async () => {
    const admin = await apiToken("admin");
    const eventType = await insertEventType();
    const [plain, filtered, disabled] = [
      await insertConnector(),
      await insertConnector(),
      await insertConnector({ enabled: false }),
    ];
    await put(admin.authorization, plain.id, [{ eventTypeId: eventType.id }]);
    await put(admin.authorization, filtered.id, [
      { eventTypeId: eventType.id, filter: { path: "data.status", op: "equals", value: "won" } },
    ]);
    await put(admin.authorization, disabled.id, [{ eventTypeId: eventType.id }]);
    const workspaceId = await defaultWorkspaceId();

    const ids = async (payload: unknown) =>
      (await findSubscribers(workspaceId, eventType.key, payload)).map((subscriber) => subscriber.id).sort();
    expect(await ids({ data: { status: "won" } })).toEqual([plain.id, filtered.id].sort());
    expect(await ids({ data: { status: "lost" } })).toEqual([plain.id]);
    expect(await ids("not an object")).toEqual([plain.id]);
    expect(await findSubscribers(workspaceId, `${eventType.key}.other`, {})).toEqual([]);

    const inTransaction = await db().$transaction((tx) =>
      findSubscribers(workspaceId, eventType.key, { data: { status: "won" } }, tx),
    );
    expect(inTransaction.find((subscriber) => subscriber.id === filtered.id)).toMatchObject({
      id: filtered.id,
      eventTypeId: eventType.id,
      retrySchedule: [],
      rateLimitCount: null,
    });
  });

  it("a stored filter that no longer parses matches nothing", async () => {
    const eventType = await insertEventType();
    const connector = await insertConnector();
    await db().subscription.create({
      data: { connectorId: connector.id, eventTypeId: eventType.id, filter: { path: "x", op: "regex", value: ".*" } },
    });
    expect(await findSubscribers(await defaultWorkspaceId(), eventType.key, { x: "anything" })).toEqual([]);
  });
});
