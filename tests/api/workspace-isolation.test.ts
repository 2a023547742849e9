// Workspace isolation of connectors and deliveries. Switchboard runs one workspace today, but the data model and
// API tokens carry a workspace, so a second one is made in the database here: its admin token must not see, read,
// change, run or reveal anything of the default workspace's connectors and deliveries (404, never 200 or 403,
// which would confirm the object exists), and the default workspace's objects are unchanged afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/connectors/route";
import * as one from "@/app/api/v1/connectors/[id]/route";
import * as eventSettings from "@/app/api/v1/connectors/[id]/event-settings/route";
import * as execute from "@/app/api/v1/connectors/[id]/execute/route";
import * as history from "@/app/api/v1/connectors/[id]/history/route";
import * as revealSecret from "@/app/api/v1/connectors/[id]/reveal-secret/route";
import * as revealSigning from "@/app/api/v1/connectors/[id]/reveal-signing-secret/route";
import * as rotateSecret from "@/app/api/v1/connectors/[id]/rotate-secret/route";
import * as subscriptions from "@/app/api/v1/connectors/[id]/subscriptions/route";
import * as testRoute from "@/app/api/v1/connectors/[id]/test/route";
import * as deliveries from "@/app/api/v1/deliveries/route";
import * as delivery from "@/app/api/v1/deliveries/[id]/route";
import * as cancel from "@/app/api/v1/deliveries/[id]/cancel/route";
import * as retry from "@/app/api/v1/deliveries/[id]/retry/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { apiToken, unique } from "../support/auth-fixtures";
import { callRoute } from "../support/connector-api";
import { startHttpTarget, type HttpTarget } from "../support/http-target";

type Handler = Parameters<typeof callRoute>[0];

let target: HttpTarget;
let adminA: string;
let adminB: string;
let connectorId: string;
let deliveryId: string;

beforeAll(async () => {
  target = await startHttpTarget();
  adminA = (await apiToken("admin")).authorization;
  const workspaceB = await db().workspace.create({ data: { slug: unique("ws-b"), name: "Workspace B" } });
  adminB = `Bearer ${(await createApiToken(workspaceB.id, { name: unique("b-admin"), role: "admin" }, null)).token}`;

  const created = await callRoute(collection.POST, "/api/v1/connectors", {
    authorization: adminA,
    body: {
      name: unique("a-connector"),
      url: `${target.url}/a`,
      auth: { type: "bearer", token: "a-secret-token" },
      headers: [{ name: "X-A-Key", value: "a-header-secret", secret: true }],
    },
  });
  expect(created.status, created.text).toBe(201);
  connectorId = created.body.id;
  const executed = await callRoute(execute.POST, `/api/v1/connectors/${connectorId}/execute`, {
    authorization: adminA,
    params: { id: connectorId },
    body: { variables: {} },
  });
  expect(executed.status, executed.text).toBe(200);
  deliveryId = (await db().delivery.findFirstOrThrow({ where: { connectorId }, orderBy: { createdAt: "desc" } })).id;
});

afterAll(() => target.close());

describe("a token of workspace B and workspace A's objects", () => {
  it("does not list them", async () => {
    const connectors = await callRoute(collection.GET, "/api/v1/connectors?limit=200", { authorization: adminB });
    expect(connectors.status).toBe(200);
    expect(connectors.text).not.toContain(connectorId);
    const list = await callRoute(deliveries.GET, "/api/v1/deliveries?limit=200", { authorization: adminB });
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(deliveryId);
    expect(list.text).not.toContain(connectorId);
  });

  const connectorCalls: [string, () => Handler, string?, unknown?][] = [
    ["GET /connectors/{id}", () => one.GET],
    ["PATCH /connectors/{id}", () => one.PATCH, "PATCH", { name: "taken over" }],
    ["DELETE /connectors/{id}", () => one.DELETE, "DELETE"],
    ["GET /connectors/{id}/event-settings", () => eventSettings.GET],
    ["PATCH /connectors/{id}/event-settings", () => eventSettings.PATCH, "PATCH", { notifyOnFailure: true }],
    ["POST /connectors/{id}/test", () => testRoute.POST, "POST", { variables: {} }],
    ["POST /connectors/{id}/execute", () => execute.POST, "POST", { variables: {} }],
    ["GET /connectors/{id}/history", () => history.GET],
    ["POST /connectors/{id}/reveal-secret (auth)", () => revealSecret.POST, "POST", { field: "auth" }],
    [
      "POST /connectors/{id}/reveal-secret (header)",
      () => revealSecret.POST,
      "POST",
      { field: "header", name: "X-A-Key" },
    ],
    ["POST /connectors/{id}/reveal-signing-secret", () => revealSigning.POST, "POST"],
    ["POST /connectors/{id}/rotate-secret", () => rotateSecret.POST, "POST"],
    ["GET /connectors/{id}/subscriptions", () => subscriptions.GET],
    ["PUT /connectors/{id}/subscriptions", () => subscriptions.PUT, "PUT", { subscriptions: [] }],
  ];

  it.each(connectorCalls)("%s → 404", async (_name, handler, method, body) => {
    const before = target.received.length;
    const response = await callRoute(handler(), `/api/v1/connectors/${connectorId}`, {
      authorization: adminB,
      params: { id: connectorId },
      method: method ?? "GET",
      body,
    });
    expect(response.status, response.text).toBe(404);
    expect(response.text).not.toContain("a-secret-token");
    expect(response.text).not.toContain("a-header-secret");
    expect(target.received.length).toBe(before);
  });

  const deliveryCalls: [string, () => Handler, string?][] = [
    ["GET /deliveries/{id}", () => delivery.GET],
    ["POST /deliveries/{id}/retry", () => retry.POST, "POST"],
    ["POST /deliveries/{id}/cancel", () => cancel.POST, "POST"],
  ];

  it.each(deliveryCalls)("%s → 404", async (_name, handler, method) => {
    const response = await callRoute(handler(), `/api/v1/deliveries/${deliveryId}`, {
      authorization: adminB,
      params: { id: deliveryId },
      method: method ?? "GET",
    });
    expect(response.status, response.text).toBe(404);
  });

  it("leaves workspace A's connector and delivery as they were", async () => {
    const connector = await callRoute(one.GET, `/api/v1/connectors/${connectorId}`, {
      authorization: adminA,
      params: { id: connectorId },
    });
    expect(connector.status).toBe(200);
    expect(connector.body.name).not.toBe("taken over");
    expect(connector.body.notifyOnFailure ?? false).toBe(false);
    const stored = await db().delivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(stored.status).toBe("succeeded");
    expect(await db().delivery.count({ where: { connectorId } })).toBe(1);
  });
});
