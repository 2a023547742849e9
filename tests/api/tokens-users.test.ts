// /api/v1 access rules and the token and user routes: 401 without credentials on every route, 403 for viewers on
// every write, tokens that work as Bearer until revoked and are stored only as hashes.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { GET as listUsers, POST as createUser } from "@/app/api/v1/users/route";
import { DELETE as deleteUser, PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import {
  apiRequest,
  apiToken,
  routeParams,
  TEST_PASSWORD,
  unique,
  uniqueEmail,
  userWithSession,
} from "../support/auth-fixtures";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const someId = randomUUID();
const routes: { name: string; handler: Handler; method: string; path: string; body?: unknown; write: boolean }[] = [
  { name: "GET /me", handler: me, method: "GET", path: "/api/v1/me", write: false },
  { name: "GET /tokens", handler: listTokens, method: "GET", path: "/api/v1/tokens", write: false },
  {
    name: "POST /tokens",
    handler: createToken,
    method: "POST",
    path: "/api/v1/tokens",
    body: { name: "t", role: "viewer" },
    write: true,
  },
  {
    name: "DELETE /tokens/{id}",
    handler: revokeToken,
    method: "DELETE",
    path: `/api/v1/tokens/${someId}`,
    write: true,
  },
  { name: "GET /users", handler: listUsers, method: "GET", path: "/api/v1/users", write: false },
  {
    name: "POST /users",
    handler: createUser,
    method: "POST",
    path: "/api/v1/users",
    body: { email: "new@example.test", password: TEST_PASSWORD, role: "viewer" },
    write: true,
  },
  {
    name: "PATCH /users/{id}",
    handler: patchUser,
    method: "PATCH",
    path: `/api/v1/users/${someId}`,
    body: { role: "admin" },
    write: true,
  },
  { name: "DELETE /users/{id}", handler: deleteUser, method: "DELETE", path: `/api/v1/users/${someId}`, write: true },
];

const call = (route: (typeof routes)[number], headers: Record<string, string> = {}) =>
  route.handler(
    apiRequest(route.path, { method: route.method, body: route.body, headers }),
    routeParams({ id: someId }),
  );

describe("/api/v1 access", () => {
  it.each(routes)("$name without a session or token → 401 in the error shape", async (route) => {
    const response = await call(route);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "unauthorized", message: "Sign in or send Authorization: Bearer <API token>", details: null },
    });
  });

  it.each(routes)("$name with an unknown bearer token or a stale cookie → 401", async (route) => {
    expect((await call(route, { authorization: "Bearer sb_not-a-real-token" })).status).toBe(401);
    expect((await call(route, { cookie: "sb_session=expired-or-forged" })).status).toBe(401);
  });

  it.each(routes.filter((route) => route.write))("$name with a viewer token or viewer session → 403", async (route) => {
    const viewerToken = await apiToken("viewer");
    const viewerSession = await userWithSession("viewer");
    const headerSets: Record<string, string>[] = [
      { authorization: viewerToken.authorization },
      { cookie: viewerSession.cookie },
    ];
    for (const headers of headerSets) {
      const response = await call(route, headers);
      expect(response.status).toBe(403);
      expect((await response.json()).error).toEqual({
        code: "forbidden",
        message: "This action needs the admin role; viewers can only read",
        details: null,
      });
    }
  });

  it.each(routes.filter((route) => !route.write))("$name with a viewer token → 200", async (route) => {
    const viewerToken = await apiToken("viewer");
    expect((await call(route, { authorization: viewerToken.authorization })).status).toBe(200);
  });
});

describe("API tokens", () => {
  it("creates a token shown once and stored hashed; it authenticates as Bearer until revoked", async () => {
    const admin = await userWithSession("admin");
    const name = unique("ci-token");
    const created = await createToken(
      apiRequest("/api/v1/tokens", {
        method: "POST",
        body: { name, role: "viewer" },
        headers: { cookie: admin.cookie },
      }),
    );
    expect(created.status).toBe(201);
    const { token, apiToken: record } = await created.json();
    expect(token).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);
    expect(record).toMatchObject({ name, role: "viewer", prefix: token.slice(0, 10), revokedAt: null });

    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: record.id } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(10));

    const asToken = await me(apiRequest("/api/v1/me", { headers: { authorization: `Bearer ${token}` } }));
    expect(asToken.status).toBe(200);
    expect(await asToken.json()).toMatchObject({
      kind: "token",
      id: record.id,
      role: "viewer",
      label: `token:${name}`,
    });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: record.id } })).lastUsedAt).not.toBeNull();

    const list = await (await listTokens(apiRequest("/api/v1/tokens", { headers: { cookie: admin.cookie } }))).json();
    const listed = list.data.find((item: { id: string }) => item.id === record.id);
    expect(listed).toMatchObject({ name, prefix: token.slice(0, 10), revokedAt: null });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(token);

    const revoked = await revokeToken(
      apiRequest(`/api/v1/tokens/${record.id}`, { method: "DELETE", headers: { cookie: admin.cookie } }),
      routeParams({ id: record.id }),
    );
    expect(revoked.status).toBe(200);
    expect((await me(apiRequest("/api/v1/me", { headers: { authorization: `Bearer ${token}` } }))).status).toBe(401);

    const again = await revokeToken(
      apiRequest(`/api/v1/tokens/${record.id}`, { method: "DELETE", headers: { cookie: admin.cookie } }),
      routeParams({ id: record.id }),
    );
    expect(again.status).toBe(404);

    const actions = await db().auditLog.findMany({ where: { targetId: record.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["api_token.created", "api_token.revoked"]);
    expect(actions[0]).toMatchObject({ actorId: admin.user.id, actorLabel: admin.user.email });
  });

  it("an admin token can create tokens; bad input answers 400 with the field", async () => {
    const adminToken = await apiToken("admin");
    const headers = { authorization: adminToken.authorization };
    const created = await createToken(
      apiRequest("/api/v1/tokens", { method: "POST", headers, body: { name: unique("t"), role: "admin" } }),
    );
    expect(created.status).toBe(201);

    const invalid = await createToken(
      apiRequest("/api/v1/tokens", { method: "POST", headers, body: { name: " ", role: "owner" } }),
    );
    expect(invalid.status).toBe(400);
    const details = (await invalid.json()).error.details as { path: string }[];
    expect(details.map((issue) => issue.path).sort()).toEqual(["name", "role"]);

    const badId = await revokeToken(
      apiRequest("/api/v1/tokens/nope", { method: "DELETE", headers }),
      routeParams({ id: "nope" }),
    );
    expect(badId.status).toBe(400);
  });
});

describe("users", () => {
  it("an admin adds a viewer, changes the role and deletes the user; each step is audited", async () => {
    const admin = await userWithSession("admin");
    const headers = { cookie: admin.cookie };
    const email = uniqueEmail("added");

    const created = await createUser(
      apiRequest("/api/v1/users", {
        method: "POST",
        headers,
        body: { email, password: TEST_PASSWORD, role: "viewer" },
      }),
    );
    expect(created.status).toBe(201);
    const user = await created.json();
    expect(user).toMatchObject({ email, role: "viewer" });
    expect(user).not.toHaveProperty("passwordHash");

    const duplicate = await createUser(
      apiRequest("/api/v1/users", {
        method: "POST",
        headers,
        body: { email, password: TEST_PASSWORD, role: "viewer" },
      }),
    );
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.details).toEqual([
      { path: "email", message: "A user with this email already exists" },
    ]);

    const listed = await (await listUsers(apiRequest("/api/v1/users", { headers }))).json();
    expect(listed.data.map((item: { email: string }) => item.email)).toContain(email);

    const promoted = await patchUser(
      apiRequest(`/api/v1/users/${user.id}`, { method: "PATCH", headers, body: { role: "admin" } }),
      routeParams({ id: user.id }),
    );
    expect(promoted.status).toBe(200);
    expect(await promoted.json()).toMatchObject({ id: user.id, role: "admin" });

    const removed = await deleteUser(
      apiRequest(`/api/v1/users/${user.id}`, { method: "DELETE", headers }),
      routeParams({ id: user.id }),
    );
    expect(removed.status).toBe(200);
    expect(await db().user.findUnique({ where: { id: user.id } })).toBeNull();

    const missing = await deleteUser(
      apiRequest(`/api/v1/users/${user.id}`, { method: "DELETE", headers }),
      routeParams({ id: user.id }),
    );
    expect(missing.status).toBe(404);

    const actions = await db().auditLog.findMany({ where: { targetId: user.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["user.created", "user.role_changed", "user.deleted"]);
    expect(actions[1]!.diff).toEqual({ role: { from: "viewer", to: "admin" } });
  });

  it("rejects a short password and an invalid email with both fields named", async () => {
    const admin = await userWithSession("admin");
    const response = await createUser(
      apiRequest("/api/v1/users", {
        method: "POST",
        headers: { cookie: admin.cookie },
        body: { email: "not-an-email", password: "short", role: "viewer" },
      }),
    );
    expect(response.status).toBe(400);
    const details = (await response.json()).error.details as { path: string; message: string }[];
    expect(details).toContainEqual({ path: "email", message: "Enter a valid email address" });
    expect(details).toContainEqual({ path: "password", message: "Password must be at least 12 characters" });
  });
});
