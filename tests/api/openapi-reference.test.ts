// The API reference people read: every shared schema has a name a reader understands (never a converter's
// `Def11___schema0`), stable from one build to the next; every $ref lands on something; the cURL samples use the
// origin the reader reaches Switchboard at; and the documented answers are what the routes really send.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listEventTypesRoute } from "@/app/api/v1/event-types/route";
import { GET as getDeliveryRoute } from "@/app/api/v1/deliveries/[id]/route";
import { GET as getConnectorRoute } from "@/app/api/v1/connectors/[id]/route";
import { connectorViewSchema } from "@/lib/connectors/connector-view-schema";
import { POST as publishRoute } from "@/app/api/v1/events/route";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { deliverySchema } from "@/lib/delivery/delivery-schema";
import { DEFAULT_SCHEDULE_SECONDS } from "@/lib/delivery/retry-policy";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { resetEnvCache } from "@/lib/env";
import { eventTypePageSchema } from "@/lib/event-types/event-type-schema";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { publicBaseUrl, workspacePublicBaseUrl } from "@/lib/workspaces/public-url";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, routeParams } from "../support/auth-fixtures";
import { eventType, eventually, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { useIsolatedDatabase } from "../support/isolated-database";

type Json = Record<string, unknown>;

// Before anything touches the database: this file's worker must not pick up other files' deliveries.
beforeAll(async () => {
  await useIsolatedDatabase("openapi_ref");
});
type Document = ReturnType<typeof buildOpenApiDocument>;

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") found.push(child);
      else refsIn(child, found);
    }
  }
  return found;
}

function operationsOf(document: Document) {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, path, operation: operation as Json })),
  );
}

/** The documented properties of a component, for "every field the route sends is documented". */
const propertiesOf = (document: Document, name: string) =>
  Object.keys((document.components.schemas as Record<string, Json>)[name]!.properties as Json).sort();

describe("the OpenAPI document's schemas", () => {
  const document = buildOpenApiDocument();

  it("are named for what they are, and the names do not change between builds", () => {
    const names = Object.keys(document.components.schemas);
    expect(names).toEqual(
      expect.arrayContaining(["Error", "JsonValue", "Connector", "EventType", "Delivery", "DeliveryAttempt"]),
    );
    expect(names.filter((name) => /^Def\d|__schema|^schema\d/i.test(name))).toEqual([]);
    expect(names.filter((name) => !/^[A-Z][A-Za-z0-9]*$/.test(name))).toEqual([]);
    expect(Object.keys(buildOpenApiDocument().components.schemas)).toEqual(names);
  });

  it("leave no $ref dangling", () => {
    const refs = [...new Set(refsIn(document))];
    expect(refs.length).toBeGreaterThan(10);
    const dangling = refs.filter((ref) => {
      const [, section, name] = /^#\/components\/(schemas|responses)\/(.+)$/.exec(ref) ?? [];
      if (!section || !name) return true;
      return !(document.components[section as "schemas" | "responses"] as Json)[name];
    });
    expect(dangling).toEqual([]);
  });

  it("describe the main resources' answers field by field", () => {
    const answer = (path: string, method: string) =>
      (document.paths as Record<string, Record<string, Json>>)[path]![method]!.responses as Record<string, Json>;
    const schemaOf = (path: string, method: string, status = "200") =>
      ((answer(path, method)[status]!.content as Json)["application/json"] as Json).schema;
    expect(schemaOf("/api/v1/deliveries/{id}", "get")).toEqual({ $ref: "#/components/schemas/Delivery" });
    expect(schemaOf("/api/v1/event-types", "get")).toEqual({ $ref: "#/components/schemas/EventTypePage" });
    expect(schemaOf("/api/v1/event-types/{id}", "get")).toEqual({ $ref: "#/components/schemas/EventType" });
    const delivery = (document.components.schemas as Record<string, Json>).Delivery!.properties as Record<string, Json>;
    expect(delivery.messageId!.description).toMatch(/webhook-id/);
    expect(delivery.retry).toEqual({ $ref: "#/components/schemas/RetryPlan" });
  });
});

describe("the cURL samples", () => {
  it("call the origin the document is built for, never a made-up host", () => {
    const origin = "https://hooks.acme.test";
    const document = buildOpenApiDocument(origin);
    expect(document.servers).toEqual([{ url: origin }]);
    const samples = operationsOf(document).map(
      ({ operation }) => (operation["x-codeSamples"] as { source: string }[])[0]!.source,
    );
    expect(samples.length).toBeGreaterThan(50);
    expect(samples.filter((source) => !source.startsWith(`curl -X `) || !source.includes(`"${origin}/`))).toEqual([]);
    expect(JSON.stringify(document)).not.toContain("switchboard.example.com");
    const me = operationsOf(document).find(({ path }) => path === "/api/v1/me")!;
    expect((me.operation["x-codeSamples"] as { source: string }[])[0]!.source).toBe(
      `curl -X GET "${origin}/api/v1/me" \\\n  -H "Authorization: Bearer $SWITCHBOARD_TOKEN"`,
    );
  });

  it("take the workspace's public URL first, then SWITCHBOARD_PUBLIC_URL, then the origin of the request", async () => {
    const workspaceId = await defaultWorkspaceId();
    const before = await db().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { publicUrl: true } });
    const previousEnv = process.env.SWITCHBOARD_PUBLIC_URL;
    try {
      delete process.env.SWITCHBOARD_PUBLIC_URL;
      resetEnvCache();
      expect(publicBaseUrl(null, "http://127.0.0.1:4100")).toBe("http://127.0.0.1:4100");
      process.env.SWITCHBOARD_PUBLIC_URL = "https://env.acme.test/";
      resetEnvCache();
      expect(publicBaseUrl(null, "http://127.0.0.1:4100")).toBe("https://env.acme.test");
      await db().workspace.update({ where: { id: workspaceId }, data: { publicUrl: "https://hooks.acme.test" } });
      expect(await workspacePublicBaseUrl(workspaceId, "http://127.0.0.1:4100")).toBe("https://hooks.acme.test");
    } finally {
      await db().workspace.update({ where: { id: workspaceId }, data: { publicUrl: before.publicUrl } });
      if (previousEnv === undefined) delete process.env.SWITCHBOARD_PUBLIC_URL;
      else process.env.SWITCHBOARD_PUBLIC_URL = previousEnv;
      resetEnvCache();
    }
  });
});

describe("the documented answers are the real ones", () => {
  let worker: RunningWorker;
  let admin: string;
  let target: HttpTarget;

  beforeAll(async () => {
    admin = (await apiToken("admin")).authorization;
    worker = await startDeliveryWorker({ leaseMs: 5_000, pollIntervalMs: 50, retry: { minDelayAfterThrottleMs: 0 } });
    let calls = 0;
    // Fails once, then accepts: the delivery ends with two attempts, one of each kind.
    target = await startHttpTarget(() =>
      ++calls === 1 ? { status: 500, body: "receiver broke" } : { status: 200, body: '{"ok":true}' },
    );
  });

  afterAll(async () => {
    await worker?.stop();
    await target?.close();
    await closePool();
    await disconnectDb();
  });

  it("GET /api/v1/event-types sends EventTypePage, every field documented", async () => {
    await eventType();
    const response = await listEventTypesRoute(
      apiRequest("/api/v1/event-types", { headers: { authorization: admin } }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Json[] };
    expect(eventTypePageSchema.safeParse(body).error).toBeUndefined();
    const document = buildOpenApiDocument();
    expect(Object.keys(body.data[0]!).sort()).toEqual(propertiesOf(document, "EventType"));
  });

  it("GET /api/v1/connectors/{id} sends Connector, every field documented", async () => {
    const connector = await subscribedConnector({ url: target.url });
    const response = await getConnectorRoute(
      apiRequest(`/api/v1/connectors/${connector.id}`, { headers: { authorization: admin } }),
      routeParams({ id: connector.id }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(connectorViewSchema.safeParse(body).error).toBeUndefined();
    expect(Object.keys(body).sort()).toEqual(propertiesOf(buildOpenApiDocument(), "Connector"));
  });

  it("GET /api/v1/deliveries/{id} sends Delivery with its attempts and retry plan", async () => {
    const type = await eventType();
    const connector = await subscribedConnector({ url: target.url, subscribeTo: [type.key], retrySchedule: [0, 1] });
    const published = await publishRoute(
      apiRequest("/api/v1/events", {
        method: "POST",
        body: { type: type.key, payload: { n: 1 } },
        headers: { authorization: admin },
      }),
    );
    expect(published.status, await published.clone().text()).toBe(202);
    const eventId = ((await published.json()) as { id: string }).id;
    const delivery = await eventually(
      () => db().delivery.findFirst({ where: { eventId, connectorId: connector.id } }),
      (row) => row?.status === "succeeded",
    );
    expect(delivery?.status).toBe("succeeded");

    const response = await getDeliveryRoute(
      apiRequest(`/api/v1/deliveries/${delivery!.id}`, { headers: { authorization: admin } }),
      routeParams({ id: delivery!.id }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json & { attempts: Json[] };
    expect(deliverySchema.safeParse(body).error).toBeUndefined();
    const document = buildOpenApiDocument();
    expect(Object.keys(body).sort()).toEqual(propertiesOf(document, "Delivery"));
    expect(Object.keys(body.attempts[0]!).sort()).toEqual(propertiesOf(document, "DeliveryAttempt"));
    expect(body.attempts.map((attempt) => (attempt.response as { status: number }).status)).toEqual([500, 200]);
    expect(body.retry).toEqual({
      schedule: [
        { attempt: 1, delaySeconds: 0 },
        { attempt: 2, delaySeconds: 1 },
      ],
      jitter: 0.2,
      remainingAttempts: 0,
    });
  });

  it("a pending delivery's plan counts what is left of the default schedule", async () => {
    const type = await eventType();
    // Port 9 (discard) refuses: every attempt fails, and the first retry waits 5 s, longer than this test looks.
    const connector = await subscribedConnector({ url: "http://127.0.0.1:9/", subscribeTo: [type.key] });
    const published = await publishRoute(
      apiRequest("/api/v1/events", {
        method: "POST",
        body: { type: type.key, payload: {} },
        headers: { authorization: admin },
      }),
    );
    const eventId = ((await published.json()) as { id: string }).id;
    const delivery = await eventually(
      () => db().delivery.findFirst({ where: { eventId, connectorId: connector.id } }),
      (row) => row?.status === "failed",
    );
    expect(delivery?.status).toBe("failed");
    const response = await getDeliveryRoute(
      apiRequest(`/api/v1/deliveries/${delivery!.id}`, { headers: { authorization: admin } }),
      routeParams({ id: delivery!.id }),
    );
    const body = (await response.json()) as { nextAttemptAt: string | null; retry: { remainingAttempts: number } };
    expect(body.nextAttemptAt).not.toBeNull();
    expect(body.retry.remainingAttempts).toBe(DEFAULT_SCHEDULE_SECONDS.length - 1);
  });
});
