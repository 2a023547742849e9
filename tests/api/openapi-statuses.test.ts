// The OpenAPI document's status codes against what the routes answer: for the inbound trigger paths and the app
// webhook routes, real requests produce each status the document states, and every status a request got is among
// the operation's documented responses. Statuses that cannot be produced cheaply here are listed with the reason.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createAppWebhookRoute } from "@/app/api/app/webhooks/route";
import { DELETE as deleteCompatAppWebhookRoute } from "@/app/api/app/webhooks/[uuid]/route";
import { DELETE as deleteAppWebhookRoute } from "@/app/api/v1/app-webhooks/[id]/route";
import { POST as createListenerRoute } from "@/app/api/v1/app-listeners/route";
import { DELETE as deleteListenerRoute } from "@/app/api/v1/app-listeners/[id]/route";
import { DELETE as deleteConnectorRoute } from "@/app/api/v1/connectors/[id]/route";
import { DELETE as deleteTriggerRoute } from "@/app/api/v1/triggers/[id]/route";
import { POST as triggerAppWebhookRoute } from "@/app/api/apps/[app_uuid]/webhooks/[webhook_uuid]/route";
import { disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { APP_ORIGIN, apiRequest, apiToken, routeParams, unique } from "../support/auth-fixtures";
import { createConnector } from "../support/connector-api";
import { createTrigger, postToTrigger, startReceiveServer, type ReceiveServer } from "../support/inbound-fixtures";
import { useIsolatedDatabase } from "../support/isolated-database";

const document = buildOpenApiDocument();

/** The status codes the document states for one operation. */
function documentedStatuses(path: string, method: "post" | "delete"): number[] {
  const operation = (document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[path]?.[
    method
  ];
  expect(operation, `${method.toUpperCase()} ${path} is in the document`).toBeDefined();
  return Object.keys(operation!.responses)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Every answered status is documented, and every documented status was answered or is in `notProduced` with its
 * reason.
 */
function expectConformance(
  path: string,
  answered: number[],
  notProduced: Record<number, string>,
  method: "post" | "delete" = "post",
) {
  const documented = documentedStatuses(path, method);
  for (const status of answered) expect(documented, `${method} ${path} documents ${status}`).toContain(status);
  const covered = new Set([...answered, ...Object.keys(notProduced).map(Number)]);
  expect(
    documented.filter((status) => !covered.has(status)),
    `${method} ${path}: documented but neither produced nor explained`,
  ).toEqual([]);
}

let receiver: ReceiveServer;
let admin: string;
let viewer: string;
let workspaceId: string;

beforeAll(async () => {
  await useIsolatedDatabase("openapi_statuses");
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
  workspaceId = await defaultWorkspaceId();
  receiver = await startReceiveServer();
});

afterAll(async () => {
  await receiver?.close();
  await closePool();
  await disconnectDb();
});

// 500 is the answer to a defect, and 503 needs the database gone; database-outage.test.ts makes the receive routes
// answer 503 with Retry-After, which would take this file's database down for no more certainty.
const UNPRODUCED_BY_DESIGN = {
  500: "an internal defect; no request produces it on purpose",
  503: "needs the database unreachable: database-outage.test.ts covers the receive routes",
};

const TOKEN_LIMIT = "the API token's limit (1200 a minute by default): token-rate-limit.test.ts";

describe("the inbound trigger paths", () => {
  it.each([
    ["/api/webhook/{workspace}/{trigger}", (slug: string, _id: string) => `/api/webhook/default/${slug}`],
    ["/api/hooks/{triggerId}", (_slug: string, id: string) => `/api/hooks/${id}`],
  ])("%s answers only documented statuses, and each documented one", async (path, pathFor) => {
    const answered: number[] = [];
    const call = async (
      trigger: { slug: string; id: string },
      key: string | undefined,
      body: string,
      expected: number,
    ) => {
      const url = `${receiver.base}${pathFor(trigger.slug, trigger.id)}${key ? `?key=${encodeURIComponent(key)}` : ""}`;
      const answer = await postToTrigger(url, body);
      expect(answer.status, `${url} → ${JSON.stringify(answer.body)}`).toBe(expected);
      answered.push(answer.status);
    };

    const plain = await createTrigger(admin);
    await call(plain, plain.secret, '{"ok":true}', 200);
    await call(plain, plain.secret, "{not json", 400);
    await call(plain, "wrong", "{}", 401);
    await call({ slug: `missing-${randomUUID().slice(0, 8)}`, id: randomUUID() }, "any", "{}", 404);
    const putOnly = await createTrigger(admin, { allowedMethods: ["PUT"] });
    await call(putOnly, putOnly.secret, "{}", 405);
    const small = await createTrigger(admin, { maxBodyBytes: 1024 });
    await call(small, small.secret, JSON.stringify({ pad: "x".repeat(2048) }), 413);
    const limited = await createTrigger(admin, { rateLimit: { count: 1, windowMs: 60_000 } });
    await call(limited, limited.secret, "{}", 200);
    await call(limited, limited.secret, "{}", 429);

    expectConformance(path, answered, UNPRODUCED_BY_DESIGN);
  });
});

describe("the app webhook routes", () => {
  const register = async (body: string, headers: Record<string, string>) =>
    (
      await createAppWebhookRoute(
        new Request(`${APP_ORIGIN}/api/app/webhooks`, {
          method: "POST",
          headers: { origin: APP_ORIGIN, "content-type": "application/json", ...headers },
          body,
        }),
      )
    ).status;

  it.each(["/app/webhooks", "/api/app/webhooks"])(
    "POST %s answers only documented statuses, and each documented one",
    async (path) => {
      const answered = [
        await register('{"action":"exampleListener","props":{"userId":1}}', { authorization: admin }),
        await register('{"action":"not allowed"}', { authorization: admin }),
        await register('{"action":"exampleListener"}', {}),
        await register('{"action":"exampleListener"}', { authorization: viewer }),
        await register('{"action":"exampleListener"}', { authorization: admin, "content-type": "text/plain" }),
        await register(JSON.stringify({ action: "big", props: { pad: "x".repeat(1024 * 1024) } }), {
          authorization: admin,
        }),
      ];
      expect(answered).toEqual([201, 400, 401, 403, 415, 413]);
      expectConformance(path, answered, {
        ...UNPRODUCED_BY_DESIGN,
        409: "the route wrapper's answer to a taken unique value; a registration has none the caller chooses",
        429: TOKEN_LIMIT,
      });
    },
  );

  it.each(["/apps/{app_uuid}/webhooks/{webhook_uuid}", "/api/apps/{app_uuid}/webhooks/{webhook_uuid}"])(
    "POST %s answers only documented statuses, and each documented one",
    async (path) => {
      const created = await createAppWebhookRoute(
        new Request(`${APP_ORIGIN}/api/app/webhooks`, {
          method: "POST",
          headers: { origin: APP_ORIGIN, "content-type": "application/json", authorization: admin },
          body: '{"action":"exampleListener"}',
        }),
      );
      const { uuid } = (await created.json()) as { uuid: string };
      const trigger = async (webhookUuid: string, body: string) =>
        (
          await triggerAppWebhookRoute(
            new Request(`http://local/api/apps/${workspaceId}/webhooks/${webhookUuid}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
            }),
            { params: Promise.resolve({ app_uuid: workspaceId, webhook_uuid: webhookUuid }) },
          )
        ).status;
      const answered = [
        await trigger(uuid, '{"triggerData":"someData"}'),
        await trigger(uuid, "{not json"),
        await trigger(randomUUID(), "{}"),
        await trigger(uuid, JSON.stringify({ pad: "x".repeat(1024 * 1024) })),
      ];
      expect(answered).toEqual([200, 400, 404, 413]);
      expectConformance(path, answered, {
        ...UNPRODUCED_BY_DESIGN,
        429: "over 100 calls a second for one webhook: a burst that depends on the machine's speed",
      });
    },
  );
});

describe("the deletes", () => {
  type Delete = (request: Request, context: ReturnType<typeof routeParams>) => Promise<Response>;
  const createAppWebhook = async () => {
    const response = await createAppWebhookRoute(
      apiRequest("/api/app/webhooks", { method: "POST", body: { action: "x" }, headers: { authorization: admin } }),
    );
    return ((await response.json()) as { uuid: string }).uuid;
  };

  it.each([
    [
      "/api/v1/connectors/{id}",
      deleteConnectorRoute,
      async () => (await createConnector({ name: unique("Doomed"), url: "https://example.com" }, admin)).id as string,
    ],
    ["/api/v1/triggers/{id}", deleteTriggerRoute, async () => (await createTrigger(admin)).id],
    [
      "/api/v1/app-listeners/{id}",
      deleteListenerRoute,
      async () => {
        const response = await createListenerRoute(
          apiRequest("/api/v1/app-listeners", {
            method: "POST",
            body: { name: unique("doomed").replaceAll("-", "_") },
            headers: { authorization: admin },
          }),
        );
        return ((await response.json()) as { id: string }).id;
      },
    ],
    ["/api/v1/app-webhooks/{id}", deleteAppWebhookRoute, createAppWebhook],
    ["/api/app/webhooks/{uuid}", deleteCompatAppWebhookRoute, createAppWebhook],
    ["/app/webhooks/{uuid}", deleteCompatAppWebhookRoute, createAppWebhook],
  ] as [string, Delete, () => Promise<string>][])(
    "DELETE %s answers 204 as documented, and only documented errors",
    async (path, handler, create) => {
      const id = await create();
      const name = /\{(\w+)\}$/.exec(path)![1]!;
      const remove = async (target: string, headers: Record<string, string>) =>
        (await handler(apiRequest(`/x/${target}`, { method: "DELETE", headers }), routeParams({ [name]: target })))
          .status;
      const answered = [
        await remove(id, {}),
        await remove(id, { authorization: viewer }),
        // A NUL cannot name anything PostgreSQL stores: refused as a malformed path, whatever the id's type.
        await remove("\u0000", { authorization: admin }),
        await remove(id, { authorization: admin }),
        await remove(id, { authorization: admin }),
      ];
      expect(answered).toEqual([401, 403, 400, 204, 404]);
      expect(documentedStatuses(path, "delete")).not.toContain(200);
      expectConformance(path, answered, { ...UNPRODUCED_BY_DESIGN, 429: TOKEN_LIMIT }, "delete");
    },
  );
});
