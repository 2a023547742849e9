// POST /api/v1/events with a bearer token is answered by the production server's Node adapter before Next's router
// (lib/api/publish/publish-fast-path.ts). It must answer every request exactly as the Next route does — status,
// content type, Retry-After and the body's bytes — and its in-process token cache must never let a revoked token,
// or a token whose creator was demoted, disabled or deleted, act one request longer, in any process.
process.env.SWITCHBOARD_API_TOKEN_RATE_LIMIT = "3";

import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as publishRoute } from "@/app/api/v1/events/route";
import { serveFastPathsOr } from "@/lib/api/fast-paths";
import { createApiToken } from "@/lib/auth/api-tokens";
import { stopTokenCache } from "@/lib/auth/token-cache";
import { stopPublishPlanCache } from "@/lib/events/publish-plan";
import { revokeToken } from "@/lib/auth/token-admin";
import { createUser, deleteUser, updateUserRole } from "@/lib/auth/users";
import type { Principal } from "@/lib/core/principal";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { MAX_EVENT_PAYLOAD_BYTES } from "@/lib/events/schema";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { APP_ORIGIN, TEST_PASSWORD, unique, uniqueEmail } from "../support/auth-fixtures";
import { eventType, eventually, subscribedConnector } from "../support/delivery-fixtures";
import { startFastPathProcess, type FastPathProcess } from "../support/fast-path-process";

resetEnvCache();

let fastServer: http.Server;
let fastBase: string;
let typeKey: string;

beforeAll(async () => {
  typeKey = (await eventType()).key;
  await subscribedConnector({ url: "http://127.0.0.1:9/hook", subscribeTo: [typeKey] });
  fastServer = http.createServer(
    serveFastPathsOr((_req, res) => res.writeHead(404, { "content-type": "text/plain" }).end("not the fast path")),
  );
  await new Promise<void>((resolve) => fastServer.listen(0, "127.0.0.1", resolve));
  fastBase = `http://127.0.0.1:${(fastServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => fastServer?.close(resolve));
  await stopTokenCache();
  await stopPublishPlanCache();
});

interface PublishCall {
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

interface Answer {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  text: string;
}

async function viaRoute({ path = "/api/v1/events", headers = {}, body }: PublishCall): Promise<Answer> {
  const declared: Record<string, string> =
    body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
  const response = await publishRoute(
    new Request(`${APP_ORIGIN}${path}`, { method: "POST", headers: { ...declared, ...headers }, body }),
  );
  return answerOf(response);
}

async function viaFastPath({ path = "/api/v1/events", headers = {}, body }: PublishCall): Promise<Answer> {
  return answerOf(await fetch(`${fastBase}${path}`, { method: "POST", headers, body }));
}

async function answerOf(response: Response): Promise<Answer> {
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    retryAfter: response.headers.get("retry-after"),
    text: await response.text(),
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** A rate limit's "try again in N seconds" counts down between the two calls (59 against 60 across a second's edge). */
const SECONDS = /\b\d+ seconds?\b/g;
/** Ids differ between the two stored events, and waits by the clock; everything else must be the same bytes. */
const comparable = (answer: Answer) => ({
  status: answer.status,
  contentType: answer.contentType,
  retryAfter: answer.retryAfter !== null,
  text: answer.text.replace(UUID, "<uuid>").replace(SECONDS, "<n> seconds"),
});

async function adminCreatedBy(role: "admin" | "viewer", disabled = false) {
  const user = await createUser({ email: uniqueEmail("creator"), password: TEST_PASSWORD, role });
  if (disabled) await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  const { token } = await createApiToken(await defaultWorkspaceId(), { name: unique("token"), role: "admin" }, user.id);
  return `Bearer ${token}`;
}

const newToken = async (role: "admin" | "viewer") =>
  `Bearer ${(await createApiToken(await defaultWorkspaceId(), { name: unique("token"), role }, null)).token}`;

const json = { "content-type": "application/json" };
const publishBody = (payload: unknown = { n: 1 }, type?: string) => JSON.stringify({ type: type ?? typeKey, payload });

interface Case {
  name: string;
  status: number;
  /** The request compared; `authorization` is a fresh token of each side's own. */
  call: (authorization: string) => PublishCall;
  /** Sent first on each side with the same token (duplicates, rate limits). */
  before?: (authorization: string) => PublishCall[];
  token?: () => Promise<string>;
}

const cases: Case[] = [
  { name: "published", status: 202, call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody() }) },
  {
    name: "published as a test send",
    status: 202,
    call: (a) => ({ path: "/api/v1/events?source=test", headers: { authorization: a, ...json }, body: publishBody() }),
  },
  {
    name: "a +json media type with parameters",
    status: 202,
    call: (a) => ({
      headers: { authorization: a, "content-type": "application/vnd.acme+json; charset=utf-8" },
      body: publishBody(),
    }),
  },
  {
    name: "a payload holding NUL (content, kept as bytes)",
    status: 202,
    call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody({ text: "a\u0000b" }) }),
  },
  {
    // A bearer token is a credential no other site can attach: the cross-site check does not apply to it.
    name: "from another site's page, with a session cookie beside the token",
    status: 202,
    call: (a) => ({
      headers: { authorization: a, ...json, origin: "https://evil.example", cookie: "sb_session=stolen" },
      body: publishBody(),
    }),
  },
  {
    name: "a repeated Idempotency-Key: the first answer, marked duplicate",
    status: 202,
    before: (a) => [{ headers: { authorization: a, ...json, "idempotency-key": a.slice(-20) }, body: publishBody() }],
    call: (a) => ({ headers: { authorization: a, ...json, "idempotency-key": a.slice(-20) }, body: publishBody() }),
  },
  {
    name: "an Idempotency-Key reused for another payload",
    status: 409,
    before: (a) => [{ headers: { authorization: a, ...json, "idempotency-key": a.slice(-20) }, body: publishBody() }],
    call: (a) => ({
      headers: { authorization: a, ...json, "idempotency-key": a.slice(-20) },
      body: publishBody({ n: 2 }),
    }),
  },
  {
    name: "a blank Idempotency-Key",
    status: 400,
    call: (a) => ({ headers: { authorization: a, ...json, "idempotency-key": "   " }, body: publishBody() }),
  },
  {
    name: "an unknown token",
    status: 401,
    call: () => ({ headers: { authorization: "Bearer sb_unknown", ...json }, body: publishBody() }),
  },
  {
    name: "not a Switchboard token",
    status: 401,
    call: () => ({ headers: { authorization: "Bearer abc", ...json }, body: publishBody() }),
  },
  {
    name: "a viewer token",
    status: 403,
    token: () => newToken("viewer"),
    call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody() }),
  },
  {
    name: "an admin token whose creator is a viewer",
    status: 403,
    token: () => adminCreatedBy("viewer"),
    call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody() }),
  },
  {
    name: "a token whose creator is disabled",
    status: 401,
    token: () => adminCreatedBy("admin", true),
    call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody() }),
  },
  {
    name: "over the token's rate limit",
    status: 429,
    before: (a) => Array.from({ length: 3 }, () => ({ headers: { authorization: a, ...json }, body: publishBody() })),
    call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody() }),
  },
  {
    name: "not JSON",
    status: 400,
    call: (a) => ({ headers: { authorization: a, ...json }, body: "{not json" }),
  },
  {
    name: "not UTF-8",
    status: 400,
    call: (a) => ({ headers: { authorization: a, ...json }, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }),
  },
  {
    name: "a form body",
    status: 415,
    call: (a) => ({
      headers: { authorization: a, "content-type": "application/x-www-form-urlencoded" },
      body: "type=x",
    }),
  },
  { name: "an empty body", status: 400, call: (a) => ({ headers: { authorization: a, ...json } }) },
  {
    name: "no type",
    status: 400,
    call: (a) => ({ headers: { authorization: a, ...json }, body: JSON.stringify({ payload: {} }) }),
  },
  {
    name: "an unknown event type",
    status: 400,
    call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody({}, "no.such.type") }),
  },
  {
    name: "a type holding NUL",
    status: 400,
    call: (a) => ({ headers: { authorization: a, ...json }, body: publishBody({}, "a\u0000b") }),
  },
  {
    name: "an unknown source",
    status: 400,
    call: (a) => ({ path: "/api/v1/events?source=cron", headers: { authorization: a, ...json }, body: publishBody() }),
  },
  {
    name: "a body over the cap",
    status: 413,
    call: (a) => ({
      headers: { authorization: a, ...json },
      body: publishBody({ big: "x".repeat(MAX_EVENT_PAYLOAD_BYTES + 128 * 1024) }),
    }),
  },
  {
    name: "a payload over its own cap, in a body under the body cap",
    status: 413,
    call: (a) => ({
      headers: { authorization: a, ...json },
      body: publishBody({ big: "x".repeat(MAX_EVENT_PAYLOAD_BYTES + 1_000) }),
    }),
  },
];

describe("POST /api/v1/events: the fast path answers as the Next route does", () => {
  it.each(cases)("$name → $status", async (testCase) => {
    const makeToken = testCase.token ?? (() => newToken("admin"));
    const [routeToken, fastToken] = [await makeToken(), await makeToken()];
    for (const call of testCase.before?.(routeToken) ?? []) await viaRoute(call);
    for (const call of testCase.before?.(fastToken) ?? []) await viaFastPath(call);
    const route = await viaRoute(testCase.call(routeToken));
    const fast = await viaFastPath(testCase.call(fastToken));
    expect(route.status, route.text).toBe(testCase.status);
    expect(comparable(fast)).toEqual(comparable(route));
  });

  it("is taken only by bearer publishes to the exact path: others reach the fallback (Next)", async () => {
    const authorization = await newToken("admin");
    const fallback = async (path: string, headers: Record<string, string>, method = "POST") =>
      (await fetch(`${fastBase}${path}`, { method, headers, body: method === "POST" ? publishBody() : undefined }))
        .status;
    expect(await fallback("/api/v1/events", { cookie: "sb_session=x", ...json })).toBe(404);
    expect(await fallback("/api/v1/events/", { authorization, ...json })).toBe(404);
    expect(await fallback("/api/v1/eventsx", { authorization, ...json })).toBe(404);
    expect(await fallback("/api/v1/events", { authorization }, "GET")).toBe(404);
    expect(await fallback("/api/v1/events", { authorization, ...json })).toBe(202);
  });

  it("stores a publish in one round trip once the token and the type are known, the token's rate-limit hit included", async () => {
    const authorization = await newToken("admin");
    const publish = async () =>
      (
        await fetch(`${fastBase}/api/v1/events`, {
          method: "POST",
          headers: { authorization, ...json },
          body: publishBody(),
        })
      ).status;
    const spy = vi.spyOn(pg.Client.prototype, "query");
    // Every statement this process sends, but the wake-ups: coalesced, sent after the answer, off the request's path.
    const queries = () =>
      spy.mock.calls.filter(([query]) => !JSON.stringify(query).includes("pg_notify")).map(([query]) => query);
    try {
      expect(await publish()).toBe(202);
      spy.mockClear();
      expect(await publish()).toBe(202);
      // This file sets a rate limit: its hit is counted by the statement that stores the event with its delivery.
      expect(queries()).toHaveLength(1);
      process.env.SWITCHBOARD_API_TOKEN_RATE_LIMIT = "0";
      resetEnvCache();
      spy.mockClear();
      expect(await publish()).toBe(202);
      expect(queries()).toHaveLength(1);
    } finally {
      spy.mockRestore();
      process.env.SWITCHBOARD_API_TOKEN_RATE_LIMIT = "3";
      resetEnvCache();
    }
  });
});

describe("while the database cannot be reached", () => {
  let app: FastPathProcess;

  beforeAll(async () => {
    app = await startFastPathProcess({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable" });
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  it("the fast path answers 503 with Retry-After exactly as the Next route does", async () => {
    const post = async (headers: Record<string, string>) =>
      answerOf(
        await fetch(`${app.base}/api/v1/events`, {
          method: "POST",
          headers: { ...json, ...headers },
          body: publishBody(),
        }),
      );
    // The Next route, reached in that process by a cookie publish from its own page; the fast path by a token.
    const route = await post({ cookie: "sb_session=any", origin: app.base });
    const fast = await post({ authorization: "Bearer sb_any" });
    expect(route.status, route.text).toBe(503);
    expect(route.retryAfter).toBeTruthy();
    expect(comparable(fast)).toEqual(comparable(route));
  });
});

describe("the token cache, across processes", () => {
  let app: FastPathProcess;
  let admin: Principal;

  beforeAll(async () => {
    app = await startFastPathProcess({
      DATABASE_URL: process.env.DATABASE_URL!,
      SWITCHBOARD_API_TOKEN_RATE_LIMIT: "0",
    });
    const user = await createUser({ email: uniqueEmail("actor"), password: TEST_PASSWORD, role: "admin" });
    admin = {
      kind: "user",
      id: user.id,
      userId: user.id,
      label: user.email,
      role: "admin",
      workspaceId: await defaultWorkspaceId(),
    };
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  const publish = async (authorization: string) =>
    (
      await fetch(`${app.base}/api/v1/events`, {
        method: "POST",
        headers: { authorization, ...json },
        body: publishBody(),
      })
    ).status;

  /** An admin user and an admin token they made, already cached by the other process (two publishes accepted). */
  async function cachedToken() {
    const user = await createUser({ email: uniqueEmail("creator"), password: TEST_PASSWORD, role: "admin" });
    const { token, record } = await createApiToken(
      admin.workspaceId,
      { name: unique("token"), role: "admin" },
      user.id,
    );
    const authorization = `Bearer ${token}`;
    expect(await publish(authorization)).toBe(202);
    expect(await publish(authorization)).toBe(202);
    return { user, authorization, tokenId: record.id };
  }

  it("refuses a revoked token on the very next request", async () => {
    const { authorization, tokenId } = await cachedToken();
    await revokeToken(admin, tokenId, null);
    expect(await publish(authorization)).toBe(401);
  });

  it("limits a token to viewer as soon as its creator is demoted", async () => {
    const { user, authorization } = await cachedToken();
    await updateUserRole(user.id, "viewer");
    expect(await publish(authorization)).toBe(403);
    await updateUserRole(user.id, "admin");
    expect(await publish(authorization)).toBe(202);
  });

  it("refuses a token as soon as its creator is disabled or deleted", async () => {
    const disabled = await cachedToken();
    await db().user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    expect(await publish(disabled.authorization)).toBe(401);
    const deleted = await cachedToken();
    await deleteUser(deleted.user.id);
    expect(await publish(deleted.authorization)).toBe(401);
  });

  it("fans out by the type's current subscriptions: a change reaches the other process's cached plan", async () => {
    const authorization = await newToken("admin");
    const type = await eventType();
    const deliveries = async (payload: unknown = { tier: "gold" }) => {
      const response = await fetch(`${app.base}/api/v1/events`, {
        method: "POST",
        headers: { authorization, ...json },
        body: publishBody(payload, type.key),
      });
      const answer = (await response.json()) as { deliveries?: number };
      return response.status === 202 ? answer.deliveries : response.status;
    };
    // The notification may still be in flight when the next publish arrives: the plan follows within its flight.
    const settlesAt = (expected: number, payload?: unknown) =>
      eventually(
        () => deliveries(payload),
        (count) => count === expected,
      );
    expect(await deliveries()).toBe(0);
    expect(await deliveries()).toBe(0);
    const first = await subscribedConnector({ url: "http://127.0.0.1:9/a", subscribeTo: [type.key] });
    expect(await settlesAt(1)).toBe(1);
    const second = await subscribedConnector({ url: "http://127.0.0.1:9/b", subscribeTo: [type.key] });
    expect(await settlesAt(2)).toBe(2);
    await db().connector.update({ where: { id: first.id }, data: { enabled: false } });
    expect(await settlesAt(1)).toBe(1);
    await db().subscription.updateMany({
      where: { connectorId: second.id },
      data: { filter: { path: "tier", op: "equals", value: "silver" } },
    });
    expect(await settlesAt(0, { tier: "gold" })).toBe(0);
    expect(await deliveries({ tier: "silver" })).toBe(1);
    await db().eventType.update({ where: { id: type.id }, data: { archivedAt: new Date() } });
    expect(await settlesAt(400)).toBe(400);
  });

  /** A client whose writes fire no trigger, so no process hears of them. */
  async function silently(run: (client: pg.Client) => Promise<unknown>) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("SET session_replication_role = replica");
      await run(client);
    } finally {
      await client.end();
    }
  }

  it("refuses a revoked token even before the notification arrives: the storing statement checks the grant", async () => {
    const { authorization, tokenId } = await cachedToken();
    await silently((client) => client.query(`UPDATE "ApiToken" SET "revokedAt" = now() WHERE id = $1`, [tokenId]));
    const key = unique("refused");
    const response = await fetch(`${app.base}/api/v1/events`, {
      method: "POST",
      headers: { authorization, ...json, "idempotency-key": key },
      body: publishBody(),
    });
    expect(response.status).toBe(401);
    expect(await db().event.count({ where: { idempotencyKey: key } })).toBe(0);
  });

  it("forgets its cached plans when its LISTEN connection is lost, since a notification may have been missed", async () => {
    const authorization = await newToken("admin");
    const type = await eventType();
    const deliveries = async () => {
      const response = await fetch(`${app.base}/api/v1/events`, {
        method: "POST",
        headers: { authorization, ...json },
        body: publishBody({}, type.key),
      });
      return ((await response.json()) as { deliveries: number }).deliveries;
    };
    expect(await deliveries()).toBe(0);
    const connector = await db().connector.create({
      data: { workspaceId: admin.workspaceId, name: unique("connector"), url: "http://127.0.0.1:9/c" },
    });
    expect(await deliveries()).toBe(0);
    // A subscription no process hears of: the other process keeps fanning out by its cached plan…
    await silently((client) =>
      client.query(`INSERT INTO "Subscription" (id, "connectorId", "eventTypeId") VALUES (gen_random_uuid(), $1, $2)`, [
        connector.id,
        type.id,
      ]),
    );
    expect(await deliveries()).toBe(0);
    // …until its LISTEN connections go away: from then on it looks the type up again.
    await silently((client) =>
      client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
      ),
    );
    expect(await eventually(deliveries, (count) => count === 1)).toBe(1);
  });
});
