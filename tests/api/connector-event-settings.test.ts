// Connector event settings through the real route handlers: notify/rate limit/retry schedule with their bounds,
// signing secret rotation (two active secrets, then the previous one expires), admin-only audited reveal.
import { describe, expect, it } from "vitest";
import { GET as getSettings, PATCH as patchSettings } from "@/app/api/v1/connectors/[id]/event-settings/route";
import { POST as reveal } from "@/app/api/v1/connectors/[id]/reveal-signing-secret/route";
import { POST as rotate } from "@/app/api/v1/connectors/[id]/rotate-secret/route";
import { activeSigningSecrets } from "@/lib/connectors/event-settings";
import { db } from "@/lib/db";
import { apiRequest, apiToken, routeParams } from "../support/auth-fixtures";
import { insertConnector } from "../support/catalogue-fixtures";

const SECRET_COLUMNS = {
  signingSecretEnc: true,
  previousSigningSecretEnc: true,
  previousSigningSecretExpiresAt: true,
} as const;

async function patch(authorization: string, connectorId: string, body: unknown) {
  return patchSettings(
    apiRequest(`/api/v1/connectors/${connectorId}/event-settings`, {
      method: "PATCH",
      body,
      headers: { authorization },
    }),
    routeParams({ id: connectorId }),
  );
}

const post = (handler: typeof rotate, path: string, authorization: string, connectorId: string) =>
  handler(
    apiRequest(`/api/v1/connectors/${connectorId}/${path}`, { method: "POST", headers: { authorization } }),
    routeParams({ id: connectorId }),
  );

describe("connector event settings", () => {
  it("are off by default, can be set and cleared again", async () => {
    const admin = await apiToken("admin");
    const connector = await insertConnector();
    const initial = await getSettings(
      apiRequest(`/api/v1/connectors/${connector.id}/event-settings`, {
        headers: { authorization: admin.authorization },
      }),
      routeParams({ id: connector.id }),
    );
    expect(await initial.json()).toEqual({
      connectorId: connector.id,
      notifyOnFailure: false,
      rateLimit: null,
      retrySchedule: null,
      signingSecret: null,
      hasSigningSecret: false,
      previousSigningSecretExpiresAt: null,
    });

    const set = await patch(admin.authorization, connector.id, {
      notifyOnFailure: true,
      rateLimit: { count: 25, windowMs: 5000 },
      retrySchedule: [0, 1, 2],
    });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({
      notifyOnFailure: true,
      rateLimit: { count: 25, windowMs: 5000 },
      retrySchedule: [0, 1, 2],
    });
    expect(await db().connector.findUniqueOrThrow({ where: { id: connector.id } })).toMatchObject({
      notifyOnFailure: true,
      rateLimitCount: 25,
      rateLimitWindowMs: 5000,
      retrySchedule: [0, 1, 2],
    });

    const cleared = await patch(admin.authorization, connector.id, { rateLimit: null, retrySchedule: null });
    expect(await cleared.json()).toMatchObject({ notifyOnFailure: true, rateLimit: null, retrySchedule: null });
    const audit = await db().auditLog.count({
      where: { targetId: connector.id, action: "connector.event_settings_updated" },
    });
    expect(audit).toBe(2);
  });

  it.each([
    [{ rateLimit: { count: 0, windowMs: 5000 } }, "rateLimit.count"],
    [{ rateLimit: { count: 10_001, windowMs: 5000 } }, "rateLimit.count"],
    [{ rateLimit: { count: 5, windowMs: 999 } }, "rateLimit.windowMs"],
    [{ rateLimit: { count: 5, windowMs: 3_600_001 } }, "rateLimit.windowMs"],
    [{ retrySchedule: Array.from({ length: 21 }, () => 1) }, "retrySchedule"],
    [{ retrySchedule: [5, -1] }, "retrySchedule.1"],
    [{ notifyOnFailure: "yes" }, "notifyOnFailure"],
  ])("answers 400 for %j at %s", async (body, path) => {
    const admin = await apiToken("admin");
    const connector = await insertConnector();
    const response = await patch(admin.authorization, connector.id, body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.map((issue: { path: string }) => issue.path)).toEqual([path]);
  });

  it("rotation keeps two active secrets for 24 h, then only the new one", async () => {
    const admin = await apiToken("admin");
    const connector = await insertConnector();

    const first = await post(rotate, "rotate-secret", admin.authorization, connector.id);
    expect(first.status).toBe(200);
    const firstBody = await first.json();
    expect(firstBody.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(firstBody.previousSigningSecretExpiresAt).toBeNull();

    const before = Date.now();
    const second = await (await post(rotate, "rotate-secret", admin.authorization, connector.id)).json();
    expect(second.signingSecret).not.toBe(firstBody.signingSecret);
    const expiresAt = new Date(second.previousSigningSecretExpiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 1000);
    expect(expiresAt - before).toBeLessThanOrEqual(24 * 3600 * 1000 + 5000);

    const stored = await db().connector.findUniqueOrThrow({ where: { id: connector.id }, select: SECRET_COLUMNS });
    expect(stored.signingSecretEnc).not.toContain("whsec_");
    expect(activeSigningSecrets(stored)).toEqual([second.signingSecret, firstBody.signingSecret]);

    await db().connector.update({
      where: { id: connector.id },
      data: { previousSigningSecretExpiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await db().connector.findUniqueOrThrow({ where: { id: connector.id }, select: SECRET_COLUMNS });
    expect(activeSigningSecrets(expired)).toEqual([second.signingSecret]);

    const audits = await db().auditLog.findMany({
      where: { targetId: connector.id, action: "connector.signing_secret_rotated" },
    });
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits.map((entry) => entry.diff))).not.toContain("whsec_");
  });

  it("reveal is admin-only, returns the plaintext secrets and is audited without them", async () => {
    const admin = await apiToken("admin");
    const viewer = await apiToken("viewer");
    const connector = await insertConnector();
    const none = await (await post(reveal, "reveal-signing-secret", admin.authorization, connector.id)).json();
    expect(none).toEqual({ signingSecret: null, previousSigningSecret: null, previousSigningSecretExpiresAt: null });

    const old = (await (await post(rotate, "rotate-secret", admin.authorization, connector.id)).json()).signingSecret;
    const current = (await (await post(rotate, "rotate-secret", admin.authorization, connector.id)).json())
      .signingSecret;

    expect((await post(reveal, "reveal-signing-secret", viewer.authorization, connector.id)).status).toBe(403);
    expect((await post(rotate, "rotate-secret", viewer.authorization, connector.id)).status).toBe(403);

    const revealed = await post(reveal, "reveal-signing-secret", admin.authorization, connector.id);
    expect(revealed.status).toBe(200);
    expect(await revealed.json()).toMatchObject({ signingSecret: current, previousSigningSecret: old });

    const entries = await db().auditLog.findMany({
      where: { targetId: connector.id, action: "connector.signing_secret_revealed" },
    });
    expect(entries).toHaveLength(2);
    expect(entries.every((entry) => entry.actorId === admin.record.id)).toBe(true);
    expect(JSON.stringify(entries.map((entry) => entry.diff))).not.toContain("whsec_");

    const settings = await getSettings(
      apiRequest(`/api/v1/connectors/${connector.id}/event-settings`, {
        headers: { authorization: viewer.authorization },
      }),
      routeParams({ id: connector.id }),
    );
    expect(await settings.json()).toMatchObject({ signingSecret: "••••••••", hasSigningSecret: true });
  });

  it("answers 404 for another id", async () => {
    const admin = await apiToken("admin");
    const missing = "01900000-0000-7000-8000-00000000feed";
    expect((await post(rotate, "rotate-secret", admin.authorization, missing)).status).toBe(404);
    expect((await patch(admin.authorization, missing, { notifyOnFailure: true })).status).toBe(404);
  });
});
