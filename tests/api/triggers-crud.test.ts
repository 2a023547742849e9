// Trigger management: the secret is shown once and masked after, reveal is admin-only and audited, viewers read
// only, validation errors name their fields.
import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/triggers/route";
import { GET as getRoute, PATCH as updateRoute } from "@/app/api/v1/triggers/[id]/route";
import { POST as revealRoute } from "@/app/api/v1/triggers/[id]/reveal-key/route";
import { db } from "@/lib/db";
import { apiRequest, apiToken, routeParams, unique } from "../support/auth-fixtures";

async function create(authorization: string, body: Record<string, unknown>) {
  return createRoute(apiRequest("/api/v1/triggers", { method: "POST", body, headers: { authorization } }));
}

describe("triggers API", () => {
  it("shows the generated key once, then only masked, and reveals it to admins with an audit entry", async () => {
    const { authorization } = await apiToken("admin");
    const slug = unique("orders").toLowerCase();
    const created = await create(authorization, { name: "Shop orders", slug });
    expect(created.status).toBe(201);
    const trigger = await created.json();
    expect(trigger).toMatchObject({
      slug,
      authType: "shared_key",
      headerVariable: "requestHeaders",
      bodyVariable: "requestBody",
      maxBodyBytes: 1048576,
      rateLimit: { count: 100, windowMs: 1000 },
      allowedMethods: ["POST"],
      url: expect.stringMatching(new RegExp(`/api/webhook/default/${slug}$`)),
    });
    expect(trigger.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const read = await (
      await getRoute(
        apiRequest(`/api/v1/triggers/${trigger.id}`, { headers: { authorization } }),
        routeParams({ id: trigger.id }),
      )
    ).json();
    expect(read.secret).toBe("••••••••");
    const listed = await (await listRoute(apiRequest("/api/v1/triggers", { headers: { authorization } }))).json();
    expect(JSON.stringify(listed)).not.toContain(trigger.secret);
    const stored = await db().trigger.findUniqueOrThrow({ where: { id: trigger.id }, omit: { secretEnc: false } });
    expect(stored.secretEnc).not.toContain(trigger.secret);

    const revealed = await revealRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}/reveal-key`, { method: "POST", headers: { authorization } }),
      routeParams({ id: trigger.id }),
    );
    expect((await revealed.json()).secret).toBe(trigger.secret);
    const audit = await db().auditLog.findFirst({ where: { action: "trigger.secret_revealed", targetId: trigger.id } });
    expect(audit).not.toBeNull();
  });

  it("lets viewers read but not create, change or reveal", async () => {
    const admin = await apiToken("admin");
    const viewer = await apiToken("viewer");
    const trigger = await (await create(admin.authorization, { name: "T", slug: unique("t").toLowerCase() })).json();
    expect((await create(viewer.authorization, { name: "T", slug: unique("t").toLowerCase() })).status).toBe(403);
    const patched = await updateRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}`, {
        method: "PATCH",
        body: { enabled: false },
        headers: { authorization: viewer.authorization },
      }),
      routeParams({ id: trigger.id }),
    );
    expect(patched.status).toBe(403);
    const reveal = await revealRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}/reveal-key`, {
        method: "POST",
        headers: { authorization: viewer.authorization },
      }),
      routeParams({ id: trigger.id }),
    );
    expect(reveal.status).toBe(403);
    const read = await getRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}`, { headers: { authorization: viewer.authorization } }),
      routeParams({ id: trigger.id }),
    );
    expect(read.status).toBe(200);
  });

  it.each([
    [{ name: "", slug: "ok" }, "name"],
    [{ name: "x", slug: "Bad Slug" }, "slug"],
    [{ name: "x", slug: "ok-slug", maxBodyBytes: 20 * 1024 * 1024 }, "maxBodyBytes"],
    [{ name: "x", slug: "ok-slug", bodyVariable: "1bad" }, "bodyVariable"],
    [
      { name: "x", slug: "ok-slug", actions: [{ connectorId: "00000000-0000-4000-8000-000000000000" }] },
      "actions.0.connectorId",
    ],
  ])("refuses %j with a field error on %s", async (body, path) => {
    const { authorization } = await apiToken("admin");
    const response = await create(authorization, body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_failed");
    expect(error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it("refuses a slug already in use with 409", async () => {
    const { authorization } = await apiToken("admin");
    const slug = unique("dup").toLowerCase();
    expect((await create(authorization, { name: "A", slug })).status).toBe(201);
    const again = await create(authorization, { name: "B", slug });
    expect(again.status).toBe(409);
    expect((await again.json()).error.details[0].path).toBe("slug");
  });
});

describe("changing a trigger", () => {
  it("refuses a different authentication type, whose secret would not fit", async () => {
    const { authorization } = await apiToken("admin");
    const trigger = await (await create(authorization, { name: "T", slug: unique("t").toLowerCase() })).json();
    const response = await updateRoute(
      apiRequest(`/api/v1/triggers/${trigger.id}`, {
        method: "PATCH",
        body: { authType: "github" },
        headers: { authorization },
      }),
      routeParams({ id: trigger.id }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.details[0].path).toBe("authType");
  });
});

describe("the triggers list", () => {
  it("shows each trigger's newest event and its answer", async () => {
    const { authorization } = await apiToken("admin");
    const trigger = await (
      await create(authorization, { name: "Recent", slug: unique("recent").toLowerCase() })
    ).json();
    const quiet = await (await create(authorization, { name: "Quiet", slug: unique("quiet").toLowerCase() })).json();
    const workspaceId = (await db().trigger.findUniqueOrThrow({ where: { id: trigger.id } })).workspaceId;
    const older = new Date(Date.now() - 60_000);
    const newer = new Date(Date.now() - 1_000);
    await db().event.createMany({
      data: [
        { workspaceId, source: "trigger", triggerId: trigger.id, receivedAt: older, responseStatus: 401 },
        { workspaceId, source: "trigger", triggerId: trigger.id, receivedAt: newer, responseStatus: 200 },
      ],
    });
    const { data } = await (await listRoute(apiRequest("/api/v1/triggers", { headers: { authorization } }))).json();
    const listed = data.find((row: { id: string }) => row.id === trigger.id);
    expect(listed).toMatchObject({ lastEventAt: newer.toISOString(), lastResponseStatus: 200 });
    expect(data.find((row: { id: string }) => row.id === quiet.id)).toMatchObject({
      lastEventAt: null,
      lastResponseStatus: null,
    });
  });
});
