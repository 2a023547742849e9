// GET /api/v1/audit-log: entries written by the real services (token created and revoked, sign-in failed and
// succeeded), filters, cursor pages, admins only, and the CSV export.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET } from "@/app/api/v1/audit-log/route";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as createToken } from "@/app/api/v1/tokens/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { apiRequest, routeParams, TEST_PASSWORD, unique, uniqueIp, userWithSession } from "../support/auth-fixtures";

async function audit(cookie: string, query: string) {
  const response = await GET(apiRequest(`/api/v1/audit-log?${query}`, { headers: { cookie } }));
  return {
    status: response.status,
    body: response.headers.get("content-type")?.includes("csv") ? await response.text() : await response.json(),
  };
}

describe("GET /api/v1/audit-log", () => {
  it("shows who created and revoked a token, filtered by action, actor and target", async () => {
    const admin = await userWithSession("admin");
    const name = unique("audited-token");
    const created = await createToken(
      apiRequest("/api/v1/tokens", {
        method: "POST",
        body: { name, role: "viewer" },
        headers: { cookie: admin.cookie, "x-forwarded-for": "10.9.8.7" },
      }),
    );
    const { apiToken } = await created.json();
    await revokeToken(
      apiRequest(`/api/v1/tokens/${apiToken.id}`, { method: "DELETE", headers: { cookie: admin.cookie } }),
      routeParams({ id: apiToken.id }),
    );

    const { status, body } = await audit(admin.cookie, `targetId=${apiToken.id}`);
    expect(status).toBe(200);
    expect(body.data.map((entry: { action: string }) => entry.action)).toEqual([
      "api_token.revoked",
      "api_token.created",
    ]);
    expect(body.data[1]).toMatchObject({
      actorType: "user",
      actorLabel: admin.user.email,
      targetType: "api_token",
      ip: "10.9.8.7",
      diff: { name, role: "viewer" },
    });
    expect(JSON.stringify(body.data[1].diff)).not.toMatch(/sb_[A-Za-z0-9]{20,}/);

    const byActor = await audit(admin.cookie, `actor=${encodeURIComponent(admin.user.email)}&action=api_token.`);
    expect(byActor.body.data).toHaveLength(2);
    const page = await audit(admin.cookie, `actor=${encodeURIComponent(admin.user.email)}&limit=1`);
    expect(page.body.data).toHaveLength(1);
    const next = await audit(
      admin.cookie,
      `actor=${encodeURIComponent(admin.user.email)}&limit=1&cursor=${page.body.nextCursor}`,
    );
    expect(next.body.data[0].id).not.toBe(page.body.data[0].id);
  });

  it("records failed and successful sign-ins", async () => {
    const admin = await userWithSession("admin");
    const ip = uniqueIp();
    const attempt = (password: string) =>
      login(
        apiRequest("/api/auth/login", {
          method: "POST",
          body: { email: admin.user.email, password },
          headers: { "x-forwarded-for": ip },
        }),
      );
    expect((await attempt("wrong password, surely")).status).toBe(401);
    expect((await attempt(TEST_PASSWORD)).status).toBe(200);
    const { body } = await audit(admin.cookie, `action=auth.&from=${new Date(Date.now() - 60_000).toISOString()}`);
    const mine = body.data.filter((entry: { ip: string }) => entry.ip === ip);
    expect(mine.map((entry: { action: string }) => entry.action)).toEqual(["auth.signed_in", "auth.sign_in_failed"]);
    expect(mine[1]).toMatchObject({ actorType: "system", diff: { email: admin.user.email } });
    expect(JSON.stringify(mine)).not.toContain("wrong password");
  });

  it("streams CSV and refuses viewers", async () => {
    const admin = await userWithSession("admin");
    const name = unique("csv-token");
    await createToken(
      apiRequest("/api/v1/tokens", {
        method: "POST",
        body: { name, role: "viewer" },
        headers: { cookie: admin.cookie },
      }),
    );
    const csv = await audit(admin.cookie, `format=csv&actor=${encodeURIComponent(admin.user.email)}`);
    expect(csv.status).toBe(200);
    const lines = (csv.body as string).trim().split("\r\n");
    expect(lines[0]).toBe("createdAt,actorType,actorLabel,actorId,action,targetType,targetId,ip,diff");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"api_token.created"');
    expect(lines[1]).toContain(name);

    const viewer = await userWithSession("viewer");
    expect((await audit(viewer.cookie, "")).status).toBe(403);
  });
});

describe("the audit_actions_past_tense migration", () => {
  it("renames the entries written under the old verbs and leaves every other entry alone", async () => {
    const tag = unique("tense");
    const old = ["trigger.create", "delivery.retry", "auth.login", "auth.login_failed", "token.create", "user.create"];
    const kept = ["connector.created", "something.else"];
    await db().auditLog.createMany({
      data: [...old, ...kept].map((action) => ({ actorType: "system", actorLabel: tag, action, targetType: "test" })),
    });
    const sql = readFileSync(
      path.join(process.cwd(), "prisma/migrations/20261130090000_audit_actions_past_tense/migration.sql"),
      "utf8",
    );
    await db().$executeRawUnsafe(sql);
    const rows = await db().auditLog.findMany({ where: { actorLabel: tag }, select: { action: true } });
    expect(rows.map((row) => row.action).sort()).toEqual(
      [
        "trigger.created",
        "delivery.retried",
        "auth.signed_in",
        "auth.sign_in_failed",
        "api_token.created",
        "user.created",
        ...kept,
      ].sort(),
    );
  });
});
