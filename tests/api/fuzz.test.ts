// Fuzz suite driven by the OpenAPI document: every documented operation (bar the inbound receive URLs, which
// tests/api/inbound*.test.ts own) gets malformed JSON, wrong types, NUL and lone-surrogate strings, 1 MiB strings,
// unknown fields, invalid ids, wrong methods and huge query strings, through the real route handlers (dispatched
// by Next's own method table) against PostgreSQL. It asserts: never a 500; every error is JSON in the route's own
// shape; 405s name the allowed methods; NUL and lone surrogates are refused as 400 naming the field; and nothing
// stored is changed by a request that failed. Seeded (FUZZ_SEED) and bounded; the counts by status are printed.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { autoImplementMethods } from "next/dist/server/route-modules/app-route/helpers/auto-implement-methods";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { createUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";
import { receiveInbound } from "@/lib/api/inbound/receive-trigger";
import { unique, uniqueIp } from "../support/auth-fixtures";
import { bodyCases, INVALID_IDS, queryCases, sample, seededRandom, type JsonSchema } from "../support/fuzz-cases";
import { startHttpTarget, type HttpTarget } from "../support/http-target";

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const root = path.resolve(import.meta.dirname, "..", "..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
/** Owned by the inbound suites: they store the refused request too, byte for byte. */
const RECEIVE_PATHS = new Set([
  "/api/webhook/{workspace}/{trigger}",
  "/api/hooks/{triggerId}",
  "/api/apps/{app_uuid}/webhooks/{webhook_uuid}",
]);
/** Content, not settings: stored byte for byte, so NUL and lone surrogates are allowed there. */
const CONTENT_FIELDS: Record<string, string[]> = { "POST /api/v1/events": ["payload"] };
/** Answers in the CRM's documented shape instead of the native one. */
const CRM_PATHS = new Set(["/api/v2/webhooks"]);

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
interface Operation {
  method: string;
  template: string;
  requestSchema?: JsonSchema;
  parameters: { name: string; in: string }[];
}

const document = buildOpenApiDocument() as unknown as {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        parameters?: { name: string; in: string }[];
      }
    >
  >;
  components: { schemas: Record<string, JsonSchema> };
};
const operations: Operation[] = Object.entries(document.paths)
  .filter(([template]) => !RECEIVE_PATHS.has(template))
  // The documented paths without /api (POST /app/webhooks, …) are next.config.ts rewrites of /api routes fuzzed here.
  .filter(([template]) => template.startsWith("/api/"))
  .flatMap(([template, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      requestSchema: operation.requestBody?.content?.["application/json"]?.schema,
      parameters: operation.parameters ?? [],
    })),
  );

const modules = new Map<string, Record<string, Handler>>();
async function methodTable(template: string): Promise<Record<string, Handler>> {
  let table = modules.get(template);
  if (!table) {
    const file = path.join(root, "app", template.replace(/\{([^}]+)\}/g, "[$1]"), "route.ts");
    // Next's own dispatch: unexported methods answer what Next answers for them, HEAD and OPTIONS as Next adds them.
    table = autoImplementMethods((await import(file)) as Record<string, Handler>) as unknown as Record<string, Handler>;
    modules.set(template, table);
  }
  return table;
}

let workspaceId: string;
let authorization: string;
let target: HttpTarget;
/** The receive path on a real port: "Test trigger" sends its sample there (to env().PORT). */
let receiveServer: http.Server;
const fixtureIds: Record<string, string> = {};
const tag = unique("fuzz");
const counts = new Map<number, number>();
/** The state after the last failed call, which is the state before the next one. */
let lastState: string | undefined;

/** The CRM route allows 25 calls per 5 s per token: each of its calls gets a fresh token. */
async function authorizationFor(template: string): Promise<string> {
  if (!CRM_PATHS.has(template)) return authorization;
  lastState = undefined;
  return `Bearer ${(await createApiToken(workspaceId, { name: unique(`${tag}-crm`), role: "admin" }, null)).token}`;
}

/**
 * What the fuzz workspace holds, per table: how many rows and the newest row version (xmin rises with every
 * insert or update), so a failed request that wrote, changed or deleted anything shows.
 */
async function fingerprint(): Promise<string> {
  const scoped = (table: string, where: string) =>
    `(select concat(count(*), '/', max(xmin::text::bigint)) from "${table}" t ${where})`;
  const inWorkspace = `where t."workspaceId" = $1::uuid`;
  const rows = await db().$queryRawUnsafe<{ state: string }[]>(
    `select concat_ws('|', ${[
      scoped("Workspace", "where t.id = $1::uuid"),
      ...[
        "Connector",
        "EventType",
        "Event",
        "Delivery",
        "Trigger",
        "AppListener",
        "AppWebhook",
        "Notification",
        "AuditLog",
      ].map((table) => scoped(table, inWorkspace)),
      // Using a token records lastUsedAt (once a minute): compare what a request could change instead.
      `(select md5(string_agg(concat_ws(':', id, name, role, "revokedAt"), ',' order by id)) from "ApiToken" where "workspaceId" = $1::uuid)`,
      scoped("Subscription", `where t."connectorId" in (select id from "Connector" where "workspaceId" = $1::uuid)`),
      scoped("User", "where t.email like $2"),
    ].join(", ")}) as state`,
    workspaceId,
    `${tag}%`,
  );
  return rows[0]!.state;
}

function idFor(template: string, name: string): string {
  if (template.startsWith("/api/v1/connectors/") || template.startsWith("/api/webhooks/")) return fixtureIds.connector!;
  if (template.startsWith("/api/v1/event-types/")) return fixtureIds.eventType!;
  if (template.startsWith("/api/v1/events/")) return fixtureIds.event!;
  if (template.startsWith("/api/v1/deliveries/")) return fixtureIds.delivery!;
  if (template.startsWith("/api/v1/triggers/")) return fixtureIds.trigger!;
  if (template.startsWith("/api/v1/app-listeners/")) return fixtureIds.listener!;
  if (template.startsWith("/api/v1/app-webhooks/") || name === "uuid") return fixtureIds.appWebhook!;
  if (template.startsWith("/api/v1/users/")) return fixtureIds.user!;
  return randomUUID();
}

interface Call {
  label: string;
  operation: Operation;
  method: string;
  id?: string;
  query?: string;
  body?: string | Uint8Array;
  contentType?: string;
  unstorableField?: string;
}

function isRouteShape(template: string, body: unknown): boolean {
  if (!body || typeof body !== "object") return false;
  if (CRM_PATHS.has(template)) {
    const crm = body as Record<string, unknown>;
    return crm.Status === "Error" && typeof crm.ExceptionType === "string" && typeof crm.ExceptionMessage === "string";
  }
  const error = (body as { error?: Record<string, unknown> }).error;
  return !!error && typeof error.code === "string" && typeof error.message === "string" && "details" in error;
}

async function run(call: Call, failures: string[]): Promise<void> {
  const { operation } = call;
  const params = Object.fromEntries(
    [...operation.template.matchAll(/\{([^}]+)\}/g)].map((match) => [
      match[1]!,
      call.id ?? idFor(operation.template, match[1]!),
    ]),
  );
  const concrete = operation.template.replace(/\{([^}]+)\}/g, (_all, name: string) =>
    encodeURIComponent(params[name]!),
  );
  const hasBody = call.body !== undefined && call.method !== "GET" && call.method !== "HEAD";
  const request = new Request(`http://local${concrete}${call.query ? `?${call.query}` : ""}`, {
    method: call.method,
    headers: {
      authorization: await authorizationFor(operation.template),
      "x-forwarded-for": uniqueIp(),
      ...(hasBody ? { "content-type": call.contentType ?? "application/json" } : {}),
    },
    body: hasBody ? (call.body as BodyInit) : undefined,
    signal: AbortSignal.timeout(20_000),
  });
  const handler = (await methodTable(operation.template))[call.method]!;
  // Reads cannot store anything; the suite checks that once per operation rather than per call.
  const checksState = call.method !== "GET";
  const before = checksState ? (lastState ?? (await fingerprint())) : "";
  if (checksState) lastState = undefined;
  const response = await handler(request, { params: Promise.resolve(params) });
  counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
  const where = `${call.method} ${operation.template} [${call.label}]`;
  if (response.status < 400) {
    await response.body?.cancel();
    if (call.unstorableField !== undefined)
      failures.push(`${where}: ${response.status}, expected 400 for a NUL or lone surrogate`);
    return;
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const unavailable = response.status === 503 && (body as { error?: { code?: string } })?.error?.code === "unavailable";
  if (response.status >= 500 && !unavailable) failures.push(`${where}: ${response.status} ${text.slice(0, 200)}`);
  if (!(response.headers.get("content-type") ?? "").startsWith("application/json"))
    failures.push(`${where}: ${response.status} without a JSON content type`);
  if (!isRouteShape(operation.template, body))
    failures.push(
      `${where}: ${response.status} body not in the route's error shape: ${JSON.stringify(text.slice(0, 120))}`,
    );
  if (response.status === 405 && !response.headers.get("allow")) failures.push(`${where}: 405 without Allow`);
  if (call.unstorableField !== undefined) {
    const message = CRM_PATHS.has(operation.template)
      ? (body as { ExceptionMessage?: string })?.ExceptionMessage
      : (body as { error?: { message?: string } })?.error?.message;
    if (
      response.status !== 400 ||
      !/NUL|surrogate/.test(message ?? "") ||
      !(message ?? "").includes(call.unstorableField)
    ) {
      failures.push(
        `${where}: ${response.status} ${JSON.stringify(message)}, expected 400 naming ${call.unstorableField || "the key"}`,
      );
    }
  }
  if (checksState) lastState = await fingerprint();
  if (checksState && lastState !== before)
    failures.push(`${where}: answered ${response.status} but changed stored data`);
}

beforeAll(async () => {
  target = await startHttpTarget();
  receiveServer = http.createServer((req, res) => void receiveInbound(req, res));
  await new Promise<void>((resolve) => receiveServer.listen(0, "127.0.0.1", resolve));
  process.env.PORT = String((receiveServer.address() as AddressInfo).port);
  resetEnvCache();
  const workspace = await db().workspace.create({
    data: { slug: tag, name: `Fuzz ${tag}`, networkAllowlist: ["127.0.0.1"] },
    select: { id: true },
  });
  workspaceId = workspace.id;
  const user = await createUser({
    email: `${tag}-owner@example.test`.toLowerCase(),
    password: "correct horse battery staple",
    role: "admin",
  });
  fixtureIds.user = (
    await createUser({
      email: `${tag}-other@example.test`.toLowerCase(),
      password: "correct horse battery staple",
      role: "viewer",
    })
  ).id;
  authorization = `Bearer ${(await createApiToken(workspaceId, { name: `${tag}-admin`, role: "admin" }, user.id)).token}`;

  const call = async (template: string, method: string, body: unknown, params: Record<string, string> = {}) => {
    const handler = (await methodTable(template))[method]!;
    const concrete = template.replace(/\{([^}]+)\}/g, (_all, name: string) => params[name]!);
    const response = await handler(
      new Request(`http://local${concrete}`, {
        method,
        headers: { authorization, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve(params) },
    );
    if (response.status >= 300)
      throw new Error(`fixture ${method} ${template}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  fixtureIds.connector = (
    await call("/api/v1/connectors", "POST", { name: `${tag}-connector`, url: `${target.url}/hook`, method: "POST" })
  ).id as string;
  const eventType = await call("/api/v1/event-types", "POST", { key: `${tag}.created` });
  fixtureIds.eventType = eventType.id as string;
  await call(
    "/api/v1/connectors/{id}/subscriptions",
    "PUT",
    { subscriptions: [{ eventTypeId: fixtureIds.eventType }] },
    { id: fixtureIds.connector },
  );
  fixtureIds.event = (await call("/api/v1/events", "POST", { type: `${tag}.created`, payload: { n: 1 } })).id as string;
  await call("/api/v1/connectors/{id}/test", "POST", { variables: {} }, { id: fixtureIds.connector });
  fixtureIds.delivery = (await db().delivery.findFirstOrThrow({ where: { workspaceId }, select: { id: true } })).id;
  fixtureIds.trigger = (
    await call("/api/v1/triggers", "POST", { name: `${tag}-trigger`, slug: `${tag}-trigger`.toLowerCase() })
  ).id as string;
  fixtureIds.listener = (
    await call("/api/v1/app-listeners", "POST", {
      name: `${tag}-listener`.toLowerCase().replace(/[^a-z0-9]/g, "_"),
      connectorIds: [fixtureIds.connector],
    })
  ).id as string;
  const appWebhook = await call("/api/v1/app-webhooks", "POST", {
    action: `${tag}-listener`.toLowerCase().replace(/[^a-z0-9]/g, "_"),
    props: {},
  });
  fixtureIds.appWebhook = (appWebhook.uuid ?? appWebhook.id) as string;
});

afterAll(async () => {
  await target?.close();
  await new Promise((resolve) => receiveServer?.close(resolve));
  console.log(
    `[fuzz] seed ${SEED}: answers by status ${JSON.stringify(Object.fromEntries([...counts].sort(([a], [b]) => a - b)))}`,
  );
});

describe(`API fuzz (seed ${SEED})`, () => {
  it("covers every documented operation", () => {
    expect(operations.length).toBeGreaterThan(60);
  });

  it.each(operations.map((operation) => ({ name: `${operation.method} ${operation.template}`, operation })))(
    "$name never answers 500, answers errors in its shape and changes nothing when it fails",
    async ({ operation }) => {
      const random = seededRandom(
        SEED ^
          [...`${operation.method} ${operation.template}`].reduce(
            (hash, char) => Math.imul(hash, 31) + char.charCodeAt(0),
            7,
          ),
      );
      const context = {
        components: document.components.schemas,
        url: `${target.url}/fuzz`,
        id: randomUUID(),
        unique: unique("f"),
      };
      // A token per operation: the per-token budget (1,200 calls a minute) must never decide an answer, however many
      // operations and cases the document grows to.
      authorization = `Bearer ${(await createApiToken(workspaceId, { name: unique(`${tag}-op`), role: "admin" }, null)).token}`;
      lastState = undefined;
      const calls: Call[] = [];
      // A call that succeeded may change what the next one finds; destructive methods only get ids that exist nowhere.
      const destructive = operation.method === "DELETE";
      const base = sample(operation.requestSchema, context);
      if (operation.requestSchema) {
        const contentFields = CONTENT_FIELDS[`${operation.method} ${operation.template}`] ?? [];
        for (const bodyCase of bodyCases(operation.requestSchema, base, context.components, random, contentFields)) {
          calls.push({
            label: bodyCase.name,
            operation,
            method: operation.method,
            body: bodyCase.body,
            contentType: bodyCase.contentType,
            unstorableField: bodyCase.unstorableField,
          });
        }
      }
      for (const queryCase of queryCases(operation.parameters, random)) {
        calls.push({
          label: queryCase.name,
          operation,
          method: operation.method,
          query: queryCase.query,
          body: operation.requestSchema ? JSON.stringify(base) : undefined,
          unstorableField: queryCase.unstorableField,
          ...(destructive ? { id: randomUUID() } : {}),
        });
      }
      if (operation.template.includes("{")) {
        for (const id of INVALID_IDS) {
          calls.push({
            label: `invalid id ${JSON.stringify(id.slice(0, 20))}`,
            operation,
            method: operation.method,
            id,
            body: operation.requestSchema ? JSON.stringify(base) : undefined,
          });
        }
      }
      const documented = new Set(
        Object.keys(document.paths[operation.template]!).map((method) => method.toUpperCase()),
      );
      // Wrong methods once per path (on its first documented operation).
      if ([...documented][0] === operation.method) {
        for (const method of METHODS.filter((candidate) => !documented.has(candidate))) {
          calls.push({ label: "wrong method", operation, method, body: method === "GET" ? undefined : "{}" });
        }
      }
      const failures: string[] = [];
      const before = operation.method === "GET" ? await fingerprint() : "";
      for (const call of calls) await run(call, failures);
      if (operation.method === "GET" && (await fingerprint()) !== before)
        failures.push(`${operation.method} ${operation.template}: a read changed stored data`);
      expect(failures).toEqual([]);
    },
  );
});
