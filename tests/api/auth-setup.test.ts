// First-run setup on a database of its own (the shared test database already has users): setup works once, then
// answers 403; the only administrator can be neither demoted nor deleted.
import { dropDatabase } from "@/lib/db/migrate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as setup } from "@/app/api/auth/setup/route";
import { GET as me } from "@/app/api/v1/me/route";
import { DELETE as deleteUser, PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { prepareTestDatabase } from "../setup/test-database";
import { apiRequest, routeParams, TEST_PASSWORD } from "../support/auth-fixtures";

const sharedUrl = process.env.DATABASE_URL!;
const freshUrl = (() => {
  const url = new URL(sharedUrl);
  url.pathname = `${url.pathname}_setup_${Date.now()}_${process.pid}`;
  return url.toString();
})();

beforeAll(async () => {
  await prepareTestDatabase(freshUrl);
  await disconnectDb();
  process.env.DATABASE_URL = freshUrl;
  // A server listening on loopback with no proxy in front: setup needs no code (auth-setup-guard.test.ts has the rest).
  process.env.SWITCHBOARD_TRUST_PROXY = "false";
  resetEnvCache();
});

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = sharedUrl;
  process.env.SWITCHBOARD_TRUST_PROXY = "true";
  resetEnvCache();
  await dropDatabase(freshUrl);
});

describe("POST /api/auth/setup", () => {
  const email = "First.Admin@Example.test";

  it("creates the first administrator once, signs them in, then refuses with 403", async () => {
    expect(await db().user.count()).toBe(0);

    const first = await setup(
      apiRequest("/api/auth/setup", { method: "POST", body: { email, password: TEST_PASSWORD } }),
    );
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created.user).toMatchObject({ email: "first.admin@example.test", role: "admin" });
    const cookie = first.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^sb_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);

    const whoAmI = await me(apiRequest("/api/v1/me", { headers: { cookie: cookie.split(";")[0]! } }));
    expect(whoAmI.status).toBe(200);
    expect(await whoAmI.json()).toMatchObject({
      kind: "user",
      role: "admin",
      user: { email: "first.admin@example.test" },
    });

    const second = await setup(
      apiRequest("/api/auth/setup", {
        method: "POST",
        body: { email: "someone.else@example.test", password: TEST_PASSWORD },
      }),
    );
    expect(second.status).toBe(403);
    expect(await second.json()).toEqual({
      error: { code: "forbidden", message: "Setup is already complete: sign in instead", details: null },
    });
    expect(await db().user.count()).toBe(1);

    const audit = await db().auditLog.findMany({ where: { action: "setup.completed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorType: "user",
      actorLabel: "first.admin@example.test",
      targetId: created.user.id,
    });
  });

  it("rejects a short password with the field named", async () => {
    const response = await setup(
      apiRequest("/api/auth/setup", { method: "POST", body: { email: "x@example.test", password: "short" } }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details).toContainEqual({ path: "password", message: "Password must be at least 12 characters" });
  });

  it("keeps the only administrator: demoting or deleting them answers 409", async () => {
    const admin = await db().user.findFirstOrThrow({ where: { role: "admin" } });
    const session = await (await import("@/lib/auth/sessions")).createSession(admin.id, {});
    const headers = { cookie: `sb_session=${session.token}` };

    const demote = await patchUser(
      apiRequest(`/api/v1/users/${admin.id}`, { method: "PATCH", headers, body: { role: "viewer" } }),
      routeParams({ id: admin.id }),
    );
    expect(demote.status).toBe(409);
    expect((await demote.json()).error.message).toBe("Switchboard needs at least one administrator");

    const remove = await deleteUser(
      apiRequest(`/api/v1/users/${admin.id}`, { method: "DELETE", headers }),
      routeParams({ id: admin.id }),
    );
    expect(remove.status).toBe(409);
    expect(await db().user.findUnique({ where: { id: admin.id } })).not.toBeNull();
  });
});
