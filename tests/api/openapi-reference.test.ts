// The API reference people read: every shared schema has a name a reader understands (never a converter's
// `Def11___schema0`), stable from one build to the next; every $ref lands on something; the cURL samples use the
// origin the reader reaches Switchboard at; and the documented answers are what the routes really send.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listEventTypesRoute } from "@/app/api/v1/event-types/route";
import { GET as getDeliveryRoute } from "@/app/api/v1/deliveries/[id]/route";
import { GET as getConnectorRoute, PATCH as updateConnectorRoute } from "@/app/api/v1/connectors/[id]/route";
import { POST as createConnectorRoute } from "@/app/api/v1/connectors/route";
import {
  GET as getEventSettingsRoute,
  PATCH as updateEventSettingsRoute,
} from "@/app/api/v1/connectors/[id]/event-settings/route";
import { POST as rotateSecretRoute } from "@/app/api/v1/connectors/[id]/rotate-secret/route";
import { POST as revealSigningSecretRoute } from "@/app/api/v1/connectors/[id]/reveal-signing-secret/route";
import { POST as revealSecretRoute } from "@/app/api/v1/connectors/[id]/reveal-secret/route";
import {
  GET as listConnectorSubscriptionsRoute,
  PUT as setSubscriptionsRoute,
} from "@/app/api/v1/connectors/[id]/subscriptions/route";
import { GET as listSubscriptionsRoute } from "@/app/api/v1/subscriptions/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as auditRoute } from "@/app/api/v1/audit-log/route";
import { GET as exportEventsRoute } from "@/app/api/v1/export/events/route";
import { GET as exportDeliveriesRoute } from "@/app/api/v1/export/deliveries/route";
import { auditPageSchema } from "@/lib/audit/list-audit";
import { exportedDeliveriesSchema, exportedEventsSchema } from "@/lib/export/schema";
import { healthSchema } from "@/lib/health/health-schema";
import { POST as testConnectorRoute } from "@/app/api/v1/connectors/[id]/test/route";
import { POST as executeConnectorRoute } from "@/app/api/v1/connectors/[id]/execute/route";
import { POST as previewRoute } from "@/app/api/v1/connectors/[id]/preview/route";
import { GET as historyRoute } from "@/app/api/v1/connectors/[id]/history/route";
import { POST as testUnsavedRoute } from "@/app/api/v1/connectors/test/route";
import { connectorHistorySchema, previewResultSchema, runResultSchema } from "@/lib/delivery/run-result-schema";
import { GET as listCompatWebhooksRoute } from "@/app/api/webhooks/route";
import { GET as getCompatWebhookRoute } from "@/app/api/webhooks/[id]/route";
import { compatWebhookListSchema, compatWebhookViewSchema } from "@/lib/compat/webhook-crud-api";
import { GET as listListenersRoute, POST as createListenerRoute } from "@/app/api/v1/app-listeners/route";
import { GET as getListenerRoute, PATCH as updateListenerRoute } from "@/app/api/v1/app-listeners/[id]/route";
import { GET as listAppWebhooksRoute, POST as createAppWebhookRoute } from "@/app/api/v1/app-webhooks/route";
import { GET as listCompatAppWebhooksRoute } from "@/app/api/app/webhooks/route";
import { GET as getCompatAppWebhookRoute } from "@/app/api/app/webhooks/[uuid]/route";
import {
  appListenerListSchema,
  appListenerViewSchema,
  appWebhookListSchema,
  appWebhookRegistrationListSchema,
  appWebhookRegistrationSchema,
  appWebhookViewSchema,
} from "@/lib/app-webhooks/app-webhook-view-schema";
import { POST as loginRoute } from "@/app/api/auth/login/route";
import { POST as logoutRoute } from "@/app/api/auth/logout/route";
import { GET as meRoute } from "@/app/api/v1/me/route";
import { POST as retryRoute } from "@/app/api/v1/deliveries/[id]/retry/route";
import { POST as cancelRoute } from "@/app/api/v1/deliveries/[id]/cancel/route";
import { POST as recoverRoute } from "@/app/api/v1/deliveries/recover/route";
import { POST as bulkRoute } from "@/app/api/v1/deliveries/bulk/route";
import { DELETE as archiveEventTypeRoute } from "@/app/api/v1/event-types/[id]/route";
import { POST as importCatalogueRoute } from "@/app/api/v1/event-types/import-catalogue/route";
import { createUser } from "@/lib/auth/users";
import { catalogueImportSchema, eventTypePageSchema, eventTypeViewSchema } from "@/lib/event-types/event-type-schema";
import {
  GET as getWorkspaceSettingsRoute,
  PATCH as updateWorkspaceSettingsRoute,
} from "@/app/api/v1/settings/workspace/route";
import { POST as revealAppSecretRoute } from "@/app/api/v1/settings/workspace/app-secret/reveal/route";
import { POST as rotateAppSecretRoute } from "@/app/api/v1/settings/workspace/app-secret/rotate/route";
import { GET as getNetworkSettingsRoute, PUT as putNetworkSettingsRoute } from "@/app/api/v1/settings/network/route";
import {
  DELETE as clearEmailSettingsRoute,
  GET as getEmailSettingsRoute,
  PUT as putEmailSettingsRoute,
} from "@/app/api/v1/settings/email/route";
import {
  GET as getRetentionSettingsRoute,
  PUT as putRetentionSettingsRoute,
} from "@/app/api/v1/settings/retention/route";
import { POST as runRetentionRoute } from "@/app/api/v1/settings/retention/run/route";
import { emailSettingsViewSchema } from "@/lib/email/schema";
import { networkSettingsViewSchema } from "@/lib/network/schema";
import { retentionRunSchema, retentionSettingsViewSchema } from "@/lib/retention/schema";
import { appSecretSchema, workspaceSettingsViewSchema } from "@/lib/workspaces/schema";
import {
  eventSettingsViewSchema,
  revealedConnectorSecretSchema,
  revealedSigningSecretSchema,
  rotatedSigningSecretSchema,
  updatedConnectorSchema,
} from "@/lib/connectors/connector-settings-view-schema";
import {
  connectorSubscriptionsSchema,
  savedSubscriptionsSchema,
  subscriptionPageSchema,
} from "@/lib/subscriptions/subscription-view-schema";
import { connectorViewSchema } from "@/lib/connectors/connector-view-schema";
import { GET as listEventsRoute, POST as publishRoute } from "@/app/api/v1/events/route";
import { GET as getEventRoute } from "@/app/api/v1/events/[id]/route";
import { POST as replayRoute } from "@/app/api/v1/events/[id]/replay/route";
import { GET as listDeliveriesRoute } from "@/app/api/v1/deliveries/route";
import { GET as countDeliveriesRoute } from "@/app/api/v1/deliveries/counts/route";
import { GET as listTriggersRoute, POST as createTriggerRoute } from "@/app/api/v1/triggers/route";
import { GET as getTriggerRoute, PATCH as updateTriggerRoute } from "@/app/api/v1/triggers/[id]/route";
import { POST as rotateKeyRoute } from "@/app/api/v1/triggers/[id]/rotate-key/route";
import { POST as revealKeyRoute } from "@/app/api/v1/triggers/[id]/reveal-key/route";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import { DELETE as revokeTokenRoute } from "@/app/api/v1/tokens/[id]/route";
import { GET as listUsersRoute, POST as createUserRoute } from "@/app/api/v1/users/route";
import { DELETE as removeUserRoute, PATCH as changeRoleRoute } from "@/app/api/v1/users/[id]/route";
import { GET as listNotificationsRoute } from "@/app/api/v1/notifications/route";
import { GET as unreadCountRoute } from "@/app/api/v1/notifications/unread-count/route";
import { POST as markReadRoute } from "@/app/api/v1/notifications/read/route";
import { raiseNotification } from "@/lib/notifications/raise-notification";
import {
  apiTokenListSchema,
  callerSchema,
  issuedApiTokenSchema,
  removedUserSchema,
  revokedApiTokenSchema,
  signedInSchema,
  signedOutSchema,
  userListSchema,
  userViewSchema,
} from "@/lib/auth/access-view-schema";
import {
  markedReadSchema,
  notificationPageSchema,
  unreadCountSchema,
} from "@/lib/notifications/notification-view-schema";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import {
  bulkDeliveryResultSchema,
  deliveriesRecoveredSchema,
  deliveryCancelledSchema,
  deliveryCountsSchema,
  deliveryPageSchema,
  deliveryRequeuedSchema,
  deliverySchema,
} from "@/lib/delivery/delivery-schema";
import {
  eventDetailSchema,
  eventPageSchema,
  publishedEventSchema,
  replayedEventSchema,
} from "@/lib/events/event-view-schema";
import {
  triggerListSchema,
  triggerSecretSchema,
  triggerViewSchema,
  updatedTriggerSchema,
} from "@/lib/triggers/trigger-view-schema";
import { DEFAULT_SCHEDULE_SECONDS } from "@/lib/delivery/retry-policy";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { resetEnvCache } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { publicBaseUrl, workspacePublicBaseUrl } from "@/lib/workspaces/public-url";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, cookieFrom, routeParams, TEST_PASSWORD, unique } from "../support/auth-fixtures";
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

  it("name the schema of every success answer (a 204 has no body)", () => {
    const unnamed = operationsOf(document).flatMap(({ method, path, operation }) =>
      Object.entries(operation.responses as Record<string, Json>)
        .filter(([status]) => /^2\d\d$/.test(status) && status !== "204")
        .flatMap(([status, answer]) => {
          const media = Object.entries((answer.content as Record<string, Json> | undefined) ?? {});
          const named =
            media.length > 0 && media.every(([, content]) => typeof (content.schema as Json)?.$ref === "string");
          return named ? [] : [`${method.toUpperCase()} ${path} ${status}`];
        }),
    );
    expect(unnamed).toEqual([]);
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

  it("the Events operations send EventPage, Event, PublishedEvent and ReplayedEvent, every field documented", async () => {
    const document = buildOpenApiDocument();
    const type = await eventType();
    await subscribedConnector({ url: target.url, subscribeTo: [type.key] });
    const published = await publishRoute(
      apiRequest("/api/v1/events", {
        method: "POST",
        body: { type: type.key, payload: { order: "A-1" } },
        headers: { authorization: admin },
      }),
    );
    expect(published.status).toBe(202);
    const publishedBody = (await published.json()) as { id: string };
    expect(publishedEventSchema.safeParse(publishedBody).error).toBeUndefined();
    expect(Object.keys(publishedBody).sort()).toEqual(
      propertiesOf(document, "PublishedEvent").filter((name) => name !== "duplicate"),
    );

    const list = await listEventsRoute(
      apiRequest(`/api/v1/events?type=${type.key}`, { headers: { authorization: admin } }),
    );
    const page = (await list.json()) as { data: Json[] };
    expect(eventPageSchema.safeParse(page).error).toBeUndefined();
    expect(Object.keys(page.data[0]!).sort()).toEqual(propertiesOf(document, "EventListItem"));

    const detail = await getEventRoute(
      apiRequest(`/api/v1/events/${publishedBody.id}`, { headers: { authorization: admin } }),
      routeParams({ id: publishedBody.id }),
    );
    const event = (await detail.json()) as Json & { deliveries: Json[] };
    expect(eventDetailSchema.safeParse(event).error).toBeUndefined();
    expect(Object.keys(event).sort()).toEqual(propertiesOf(document, "Event"));
    expect(Object.keys(event.deliveries[0]!).sort()).toEqual(propertiesOf(document, "DeliverySummary"));

    const replayed = await replayRoute(
      apiRequest(`/api/v1/events/${publishedBody.id}/replay`, { method: "POST", headers: { authorization: admin } }),
      routeParams({ id: publishedBody.id }),
    );
    const replay = (await replayed.json()) as Json;
    expect(replayedEventSchema.safeParse(replay).error).toBeUndefined();
    expect(Object.keys(replay).sort()).toEqual(propertiesOf(document, "ReplayedEvent"));

    const deliveries = await listDeliveriesRoute(
      apiRequest(`/api/v1/deliveries?eventId=${publishedBody.id}`, { headers: { authorization: admin } }),
    );
    const deliveryPage = (await deliveries.json()) as { data: Json[] };
    expect(deliveryPageSchema.safeParse(deliveryPage).error).toBeUndefined();
    expect(Object.keys(deliveryPage.data[0]!).sort()).toEqual(propertiesOf(document, "DeliveryListItem"));
    const counts = await countDeliveriesRoute(
      apiRequest(`/api/v1/deliveries/counts?eventId=${publishedBody.id}`, { headers: { authorization: admin } }),
    );
    expect(deliveryCountsSchema.safeParse(await counts.json()).error).toBeUndefined();
  });

  it("the Triggers operations send Trigger, TriggerList, UpdatedTrigger and TriggerSecret, every field documented", async () => {
    const document = buildOpenApiDocument();
    const connector = await subscribedConnector({ url: target.url });
    const slug = unique("doc-trigger").toLowerCase();
    const created = await createTriggerRoute(
      apiRequest("/api/v1/triggers", {
        method: "POST",
        body: { name: "Documented", slug, actions: [{ connectorId: connector.id }] },
        headers: { authorization: admin },
      }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const trigger = (await created.json()) as Json & { id: string; actions: Json[] };
    expect(triggerViewSchema.safeParse(trigger).error).toBeUndefined();
    expect(Object.keys(trigger).sort()).toEqual(propertiesOf(document, "Trigger"));
    expect(Object.keys(trigger.actions[0]!).sort()).toEqual(propertiesOf(document, "TriggerAction"));
    const byId = { headers: { authorization: admin } };

    const list = (await (await listTriggersRoute(apiRequest("/api/v1/triggers", byId))).json()) as Json;
    expect(triggerListSchema.safeParse(list).error).toBeUndefined();
    const one = await getTriggerRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}`, byId),
      routeParams({ id: trigger.id }),
    );
    expect(triggerViewSchema.safeParse(await one.json()).error).toBeUndefined();

    const updated = await updateTriggerRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}`, { method: "PATCH", body: { name: "Renamed" }, ...byId }),
      routeParams({ id: trigger.id }),
    );
    const updatedBody = (await updated.json()) as Json;
    expect(updatedTriggerSchema.safeParse(updatedBody).error).toBeUndefined();
    expect(Object.keys(updatedBody).sort()).toEqual(propertiesOf(document, "UpdatedTrigger"));

    const rotated = await rotateKeyRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}/rotate-key`, { method: "POST", body: {}, ...byId }),
      routeParams({ id: trigger.id }),
    );
    expect(triggerViewSchema.safeParse(await rotated.json()).error).toBeUndefined();
    const revealed = await revealKeyRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}/reveal-key`, { method: "POST", ...byId }),
      routeParams({ id: trigger.id }),
    );
    const secrets = (await revealed.json()) as Json;
    expect(triggerSecretSchema.safeParse(secrets).error).toBeUndefined();
    expect(Object.keys(secrets).sort()).toEqual(propertiesOf(document, "TriggerSecret"));
    expect(secrets.previousSecret).toEqual(expect.any(String));
  });

  it("the Access and Notifications operations send what their schemas say, every field documented", async () => {
    const document = buildOpenApiDocument();
    const asAdmin = { headers: { authorization: admin } };
    const keysOf = (value: unknown) => Object.keys(value as Json).sort();

    const issued = (await (
      await createTokenRoute(
        apiRequest("/api/v1/tokens", {
          method: "POST",
          body: { name: unique("doc token"), role: "viewer" },
          ...asAdmin,
        }),
      )
    ).json()) as { apiToken: { id: string } };
    expect(issuedApiTokenSchema.safeParse(issued).error).toBeUndefined();
    expect(keysOf(issued.apiToken)).toEqual(propertiesOf(document, "ApiToken"));
    const tokens = await (await listTokensRoute(apiRequest("/api/v1/tokens", asAdmin))).json();
    expect(apiTokenListSchema.safeParse(tokens).error).toBeUndefined();
    const revoked = await revokeTokenRoute(
      apiRequest(`/api/v1/tokens/${issued.apiToken.id}`, { method: "DELETE", ...asAdmin }),
      routeParams({ id: issued.apiToken.id }),
    );
    expect(revokedApiTokenSchema.safeParse(await revoked.json()).error).toBeUndefined();

    const email = `${unique("doc-user")}@example.test`.toLowerCase();
    const created = await createUserRoute(
      apiRequest("/api/v1/users", {
        method: "POST",
        body: { email, password: "correct horse battery staple", role: "viewer" },
        ...asAdmin,
      }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const user = (await created.json()) as { id: string };
    expect(userViewSchema.safeParse(user).error).toBeUndefined();
    expect(keysOf(user)).toEqual(propertiesOf(document, "User"));
    expect(
      userListSchema.safeParse(await (await listUsersRoute(apiRequest("/api/v1/users", asAdmin))).json()).error,
    ).toBeUndefined();
    const changed = await changeRoleRoute(
      apiRequest(`/api/v1/users/${user.id}`, { method: "PATCH", body: { role: "viewer" }, ...asAdmin }),
      routeParams({ id: user.id }),
    );
    expect(userViewSchema.safeParse(await changed.json()).error).toBeUndefined();
    const removed = await removeUserRoute(
      apiRequest(`/api/v1/users/${user.id}`, { method: "DELETE", ...asAdmin }),
      routeParams({ id: user.id }),
    );
    expect(removed.status, await removed.clone().text()).toBe(200);
    expect(removedUserSchema.safeParse(await removed.json()).error).toBeUndefined();

    const connector = await subscribedConnector({ url: target.url });
    await raiseNotification({
      workspaceId: await defaultWorkspaceId(),
      kind: "delivery_failed",
      title: "Documented",
      message: "A notification for the reference",
      connectorId: connector.id,
    });
    const page = (await (await listNotificationsRoute(apiRequest("/api/v1/notifications", asAdmin))).json()) as {
      data: Json[];
    };
    expect(notificationPageSchema.safeParse(page).error).toBeUndefined();
    expect(keysOf(page.data[0])).toEqual(propertiesOf(document, "Notification"));
    const unread = await (await unreadCountRoute(apiRequest("/api/v1/notifications/unread-count", asAdmin))).json();
    expect(unreadCountSchema.safeParse(unread).error).toBeUndefined();
    const read = await markReadRoute(
      apiRequest("/api/v1/notifications/read", { method: "POST", body: { all: true }, ...asAdmin }),
    );
    expect(read.status, await read.clone().text()).toBe(200);
    expect(markedReadSchema.safeParse(await read.json()).error).toBeUndefined();
  });

  it("the connector settings, secrets and subscriptions operations send what their schemas say", async () => {
    const document = buildOpenApiDocument();
    const asAdmin = { headers: { authorization: admin } };
    const keysOf = (value: unknown) => Object.keys(value as Json).sort();
    const type = await eventType();
    const created = await createConnectorRoute(
      apiRequest("/api/v1/connectors", {
        method: "POST",
        body: { name: unique("doc connector"), url: target.url, auth: { type: "bearer", token: "s3cr3t-token" } },
        ...asAdmin,
      }),
    );
    expect(created.status, await created.clone().text()).toBe(201);
    const connector = (await created.json()) as { id: string };
    expect(connectorViewSchema.safeParse(connector).error).toBeUndefined();
    const id = connector.id;
    const at = (path: string, method = "GET", body?: unknown) =>
      apiRequest(`/api/v1/connectors/${id}${path}`, { method, ...(body === undefined ? {} : { body }), ...asAdmin });

    const updated = (await (
      await updateConnectorRoute(at("", "PATCH", { name: unique("renamed") }), routeParams({ id }))
    ).json()) as Json;
    expect(updatedConnectorSchema.safeParse(updated).error).toBeUndefined();
    expect(keysOf(updated)).toEqual(propertiesOf(document, "UpdatedConnector"));

    const settings = (await (await getEventSettingsRoute(at("/event-settings"), routeParams({ id }))).json()) as Json;
    expect(eventSettingsViewSchema.safeParse(settings).error).toBeUndefined();
    expect(keysOf(settings)).toEqual(propertiesOf(document, "ConnectorEventSettings"));
    const patched = await updateEventSettingsRoute(
      at("/event-settings", "PATCH", { retrySchedule: [0, 5], rateLimit: { count: 10, windowMs: 1000 } }),
      routeParams({ id }),
    );
    expect(eventSettingsViewSchema.safeParse(await patched.json()).error).toBeUndefined();
    const rotated = (await (await rotateSecretRoute(at("/rotate-secret", "POST"), routeParams({ id }))).json()) as Json;
    expect(rotatedSigningSecretSchema.safeParse(rotated).error).toBeUndefined();
    expect(keysOf(rotated)).toEqual(propertiesOf(document, "RotatedSigningSecret"));
    const revealed = (await (
      await revealSigningSecretRoute(at("/reveal-signing-secret", "POST"), routeParams({ id }))
    ).json()) as Json;
    expect(revealedSigningSecretSchema.safeParse(revealed).error).toBeUndefined();
    expect(revealed.previousSigningSecret).toEqual(expect.any(String));
    const secret = await revealSecretRoute(at("/reveal-secret", "POST", { field: "auth" }), routeParams({ id }));
    expect(secret.status, await secret.clone().text()).toBe(200);
    expect(revealedConnectorSecretSchema.safeParse(await secret.json()).error).toBeUndefined();

    const saved = (await (
      await setSubscriptionsRoute(
        at("/subscriptions", "PUT", { subscriptions: [{ eventTypeId: type.id, filter: { path: "a", op: "exists" } }] }),
        routeParams({ id }),
      )
    ).json()) as { data: Json[] };
    expect(savedSubscriptionsSchema.safeParse(saved).error).toBeUndefined();
    expect(keysOf(saved.data[0])).toEqual(propertiesOf(document, "Subscription"));
    const listed = await (await listConnectorSubscriptionsRoute(at("/subscriptions"), routeParams({ id }))).json();
    expect(connectorSubscriptionsSchema.safeParse(listed).error).toBeUndefined();
    const all = await (
      await listSubscriptionsRoute(apiRequest(`/api/v1/subscriptions?connectorId=${id}`, asAdmin))
    ).json();
    expect(subscriptionPageSchema.safeParse(all).error).toBeUndefined();
  });

  it("the Settings operations send what their schemas say, every field documented", async () => {
    const document = buildOpenApiDocument();
    const asAdmin = { headers: { authorization: admin } };
    const keysOf = (value: unknown) => Object.keys(value as Json).sort();
    const call = async (
      handler: (request: Request) => Promise<Response>,
      path: string,
      method = "GET",
      body?: unknown,
    ) => {
      const response = await handler(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...asAdmin }));
      expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBe(200);
      return (await response.json()) as Json;
    };

    const workspace = await call(getWorkspaceSettingsRoute, "/api/v1/settings/workspace");
    expect(workspaceSettingsViewSchema.safeParse(workspace).error).toBeUndefined();
    expect(keysOf(workspace)).toEqual(propertiesOf(document, "WorkspaceSettings"));
    const renamed = await call(updateWorkspaceSettingsRoute, "/api/v1/settings/workspace", "PATCH", {
      name: String(workspace.name),
    });
    expect(workspaceSettingsViewSchema.safeParse(renamed).error).toBeUndefined();
    expect(
      appSecretSchema.safeParse(
        await call(rotateAppSecretRoute, "/api/v1/settings/workspace/app-secret/rotate", "POST"),
      ).error,
    ).toBeUndefined();
    expect(
      appSecretSchema.safeParse(
        await call(revealAppSecretRoute, "/api/v1/settings/workspace/app-secret/reveal", "POST"),
      ).error,
    ).toBeUndefined();

    const network = await call(getNetworkSettingsRoute, "/api/v1/settings/network");
    expect(networkSettingsViewSchema.safeParse(network).error).toBeUndefined();
    expect(keysOf(network)).toEqual(propertiesOf(document, "NetworkSettings"));
    const savedNetwork = await call(putNetworkSettingsRoute, "/api/v1/settings/network", "PUT", {
      allowlist: network.allowlist,
    });
    expect(networkSettingsViewSchema.safeParse(savedNetwork).error).toBeUndefined();

    const email = await call(putEmailSettingsRoute, "/api/v1/settings/email", "PUT", {
      host: "127.0.0.1",
      port: 2525,
      secure: false,
      username: "bench",
      password: "hunter22",
      from: "switchboard@example.test",
    });
    expect(emailSettingsViewSchema.safeParse(email).error).toBeUndefined();
    expect(keysOf(email)).toEqual(propertiesOf(document, "EmailSettings"));
    expect(
      emailSettingsViewSchema.safeParse(await call(getEmailSettingsRoute, "/api/v1/settings/email")).error,
    ).toBeUndefined();
    expect(
      emailSettingsViewSchema.safeParse(await call(clearEmailSettingsRoute, "/api/v1/settings/email", "DELETE")).error,
    ).toBeUndefined();

    const retention = await call(getRetentionSettingsRoute, "/api/v1/settings/retention");
    expect(retentionSettingsViewSchema.safeParse(retention).error).toBeUndefined();
    expect(keysOf(retention)).toEqual(propertiesOf(document, "RetentionSettings"));
    const savedRetention = await call(putRetentionSettingsRoute, "/api/v1/settings/retention", "PUT", {
      retentionDays: retention.retentionDays,
    });
    expect(retentionSettingsViewSchema.safeParse(savedRetention).error).toBeUndefined();
    const run = await call(runRetentionRoute, "/api/v1/settings/retention/run", "POST");
    expect(retentionRunSchema.safeParse(run).error).toBeUndefined();
    expect(keysOf(run.deleted)).toEqual(
      Object.keys(
        ((document.components.schemas as Record<string, Json>).RetentionRun!.properties as Record<string, Json>)
          .deleted!.properties as Json,
      ).sort(),
    );
  });

  it("sign-in, the caller, delivery actions and event type archive/import send what their schemas say", async () => {
    const asAdmin = { headers: { authorization: admin } };
    const email = `${unique("doc-login")}@example.test`.toLowerCase();
    await createUser({ email, password: TEST_PASSWORD, role: "viewer" });
    const signedIn = await loginRoute(
      apiRequest("/api/auth/login", { method: "POST", body: { email, password: TEST_PASSWORD } }),
    );
    expect(signedIn.status, await signedIn.clone().text()).toBe(200);
    expect(signedInSchema.safeParse(await signedIn.json()).error).toBeUndefined();
    const cookie = cookieFrom(signedIn)!;
    const me = await meRoute(apiRequest("/api/v1/me", { headers: { cookie } }));
    expect(callerSchema.safeParse(await me.json()).error).toBeUndefined();
    const asToken = await (await meRoute(apiRequest("/api/v1/me", asAdmin))).json();
    expect(callerSchema.safeParse(asToken).error).toBeUndefined();
    const signedOut = await logoutRoute(apiRequest("/api/auth/logout", { method: "POST", headers: { cookie } }));
    expect(signedOutSchema.safeParse(await signedOut.json()).error).toBeUndefined();

    const type = await eventType();
    const connector = await subscribedConnector({ url: "http://127.0.0.1:9/", subscribeTo: [type.key] });
    const published = await publishRoute(
      apiRequest("/api/v1/events", { method: "POST", body: { type: type.key, payload: {} }, ...asAdmin }),
    );
    const eventId = ((await published.json()) as { id: string }).id;
    // The worker tries it first (port 9 refuses): a delivery in flight cannot be retried or cancelled.
    const failed = await eventually(
      () => db().delivery.findFirst({ where: { eventId, connectorId: connector.id } }),
      (row) => row?.status === "failed",
    );
    const delivery = failed!.id;
    const at = (path: string) => apiRequest(`/api/v1/deliveries/${delivery}${path}`, { method: "POST", ...asAdmin });
    // Cancelled first, then retried: a retried delivery is soon in flight again, and then cannot be cancelled.
    const cancelled = await cancelRoute(at("/cancel"), routeParams({ id: delivery }));
    expect(cancelled.status, await cancelled.clone().text()).toBe(200);
    expect(deliveryCancelledSchema.safeParse(await cancelled.json()).error).toBeUndefined();
    const retried = await retryRoute(at("/retry"), routeParams({ id: delivery }));
    expect(retried.status, await retried.clone().text()).toBe(200);
    expect(deliveryRequeuedSchema.safeParse(await retried.json()).error).toBeUndefined();
    const recovered = await recoverRoute(
      apiRequest("/api/v1/deliveries/recover", {
        method: "POST",
        body: { connectorId: connector.id, since: new Date(Date.now() - 60_000).toISOString() },
        ...asAdmin,
      }),
    );
    expect(recovered.status, await recovered.clone().text()).toBe(200);
    expect(deliveriesRecoveredSchema.safeParse(await recovered.json()).error).toBeUndefined();
    const bulk = await bulkRoute(
      apiRequest("/api/v1/deliveries/bulk", {
        method: "POST",
        body: { action: "cancel", dryRun: true, filter: { connectorId: connector.id } },
        ...asAdmin,
      }),
    );
    expect(bulkDeliveryResultSchema.safeParse(await bulk.json()).error).toBeUndefined();

    const archived = await archiveEventTypeRoute(
      apiRequest(`/api/v1/event-types/${type.id}`, { method: "DELETE", ...asAdmin }),
      routeParams({ id: type.id }),
    );
    expect(eventTypeViewSchema.safeParse(await archived.json()).error).toBeUndefined();
    const imported = await importCatalogueRoute(
      apiRequest("/api/v1/event-types/import-catalogue", { method: "POST", ...asAdmin }),
    );
    expect(imported.status, await imported.clone().text()).toBe(200);
    expect(catalogueImportSchema.safeParse(await imported.json()).error).toBeUndefined();
  });

  it("the app webhook and listener operations, native and compatible, send what their schemas say", async () => {
    const document = buildOpenApiDocument();
    const asAdmin = { headers: { authorization: admin } };
    const viewer = { headers: { authorization: (await apiToken("viewer")).authorization } };
    const keysOf = (value: unknown) => Object.keys(value as Json).sort();
    const connector = await subscribedConnector({ url: target.url });
    const name = unique("doc_listener").replaceAll("-", "_");

    const listener = await createListenerRoute(
      apiRequest("/api/v1/app-listeners", {
        method: "POST",
        body: { name, actions: [{ connectorId: connector.id }] },
        ...asAdmin,
      }),
    );
    expect(listener.status, await listener.clone().text()).toBe(201);
    const listenerBody = (await listener.json()) as { id: string; actions: Json[] };
    expect(appListenerViewSchema.safeParse(listenerBody).error).toBeUndefined();
    expect(keysOf(listenerBody)).toEqual(propertiesOf(document, "AppListener"));
    const byId = routeParams({ id: listenerBody.id });
    const got = await getListenerRoute(apiRequest(`/api/v1/app-listeners/${listenerBody.id}`, asAdmin), byId);
    expect(appListenerViewSchema.safeParse(await got.json()).error).toBeUndefined();
    const patched = await updateListenerRoute(
      apiRequest(`/api/v1/app-listeners/${listenerBody.id}`, {
        method: "PATCH",
        body: { description: "Documented" },
        ...asAdmin,
      }),
      byId,
    );
    expect(appListenerViewSchema.safeParse(await patched.json()).error).toBeUndefined();
    const listeners = await (await listListenersRoute(apiRequest("/api/v1/app-listeners", asAdmin))).json();
    expect(appListenerListSchema.safeParse(listeners).error).toBeUndefined();

    const webhook = await createAppWebhookRoute(
      apiRequest("/api/v1/app-webhooks", { method: "POST", body: { action: name, props: { userId: 1 } }, ...asAdmin }),
    );
    expect(webhook.status, await webhook.clone().text()).toBe(201);
    const webhookBody = (await webhook.json()) as { uuid: string };
    expect(appWebhookViewSchema.safeParse(webhookBody).error).toBeUndefined();
    expect(keysOf(webhookBody)).toEqual(propertiesOf(document, "AppWebhook"));
    for (const caller of [asAdmin, viewer]) {
      const list = await (await listAppWebhooksRoute(apiRequest("/api/v1/app-webhooks", caller))).json();
      expect(appWebhookListSchema.safeParse(list).error).toBeUndefined();
      const compatList = await (await listCompatAppWebhooksRoute(apiRequest("/api/app/webhooks", caller))).json();
      expect(appWebhookRegistrationListSchema.safeParse(compatList).error).toBeUndefined();
    }
    const compatOne = await getCompatAppWebhookRoute(
      apiRequest(`/api/app/webhooks/${webhookBody.uuid}`, asAdmin),
      routeParams({ uuid: webhookBody.uuid }),
    );
    const compatBody = (await compatOne.json()) as Json;
    expect(appWebhookRegistrationSchema.safeParse(compatBody).error).toBeUndefined();
    expect(keysOf(compatBody)).toEqual(propertiesOf(document, "AppWebhookRegistration"));
  });

  it("health, the audit log and the exports (format=json) send what their schemas say", async () => {
    const document = buildOpenApiDocument();
    const asAdmin = { headers: { authorization: admin } };
    const health = await (await healthRoute()).json();
    expect(healthSchema.safeParse(health).error).toBeUndefined();
    const audit = (await (await auditRoute(apiRequest("/api/v1/audit-log?limit=5", asAdmin))).json()) as {
      data: Json[];
    };
    expect(auditPageSchema.safeParse(audit).error).toBeUndefined();
    expect(Object.keys(audit.data[0]!).sort()).toEqual(propertiesOf(document, "AuditEntry"));
    const rowKeys = (name: string) =>
      Object.keys(((document.components.schemas as Record<string, Json>)[name]!.items as Json).properties as Json);
    const events = (await (
      await exportEventsRoute(apiRequest("/api/v1/export/events?format=json", asAdmin))
    ).json()) as Json[];
    expect(exportedEventsSchema.safeParse(events).error).toBeUndefined();
    expect(Object.keys(events[0]!)).toEqual(rowKeys("ExportedEvents"));
    const deliveries = (await (
      await exportDeliveriesRoute(apiRequest("/api/v1/export/deliveries?format=json", asAdmin))
    ).json()) as Json[];
    expect(exportedDeliveriesSchema.safeParse(deliveries).error).toBeUndefined();
    expect(Object.keys(deliveries[0]!)).toEqual(rowKeys("ExportedDeliveries"));

    const compatList = (await (await listCompatWebhooksRoute(apiRequest("/api/webhooks", asAdmin))).json()) as Json[];
    expect(compatWebhookListSchema.safeParse(compatList).error).toBeUndefined();
    const id = String(compatList[0]!.id);
    const compatOne = (await (
      await getCompatWebhookRoute(apiRequest(`/api/webhooks/${id}`, asAdmin), routeParams({ id }))
    ).json()) as Json;
    expect(compatWebhookViewSchema.safeParse(compatOne).error).toBeUndefined();
    expect(Object.keys(compatOne).sort()).toEqual(propertiesOf(document, "CompatWebhook"));
  });

  it("Test, Execute, Preview and the history of a connector send what their schemas say", async () => {
    const document = buildOpenApiDocument();
    const asAdmin = { headers: { authorization: admin } };
    const connector = await subscribedConnector({ url: target.url });
    const id = connector.id;
    const post = (path: string, body: unknown) =>
      apiRequest(`/api/v1/connectors/${id}${path}`, { method: "POST", body, ...asAdmin });
    for (const handler of [testConnectorRoute, executeConnectorRoute]) {
      const response = await handler(post("/test", { payload: { n: 1 } }), routeParams({ id }));
      expect(response.status, await response.clone().text()).toBe(200);
      const body = (await response.json()) as Json & { delivery: Json };
      expect(runResultSchema.safeParse(body).error).toBeUndefined();
      expect(Object.keys(body).sort()).toEqual(propertiesOf(document, "RunResult"));
      expect(Object.keys(body.delivery).sort()).toEqual(propertiesOf(document, "DeliveryRecord"));
    }
    const unsaved = await testUnsavedRoute(
      apiRequest("/api/v1/connectors/test", {
        method: "POST",
        body: { connector: { name: "Unsaved", url: target.url, method: "POST" }, payload: { n: 2 } },
        ...asAdmin,
      }),
    );
    expect(unsaved.status, await unsaved.clone().text()).toBe(200);
    expect(runResultSchema.safeParse(await unsaved.json()).error).toBeUndefined();
    const preview = await previewRoute(post("/preview", { payload: { n: 3 } }), routeParams({ id }));
    expect(preview.status, await preview.clone().text()).toBe(200);
    expect(previewResultSchema.safeParse(await preview.json()).error).toBeUndefined();
    const history = await historyRoute(apiRequest(`/api/v1/connectors/${id}/history`, asAdmin), routeParams({ id }));
    expect(connectorHistorySchema.safeParse(await history.json()).error).toBeUndefined();
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
