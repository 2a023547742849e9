// The start-up repair of connector URLs saved with credentials in their userinfo before they were refused: moved
// into Basic auth when the connector had none, otherwise dropped; both audited with the password masked; a second
// run changes nothing. The migration that strips copies in stored attempts and audit entries is run here on rows
// written the old way.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

await isolatedDatabase("url_credentials");

const { db, disconnectDb } = await import("@/lib/db");
const { closePool, pool } = await import("@/lib/db/pool");
const { decrypt } = await import("@/lib/crypto/secret-key");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { moveUrlCredentials } = await import("@/lib/connectors/move-url-credentials");

const ids = { none: "", bearer: "", templated: "", passwordOnly: "", clean: "" };
let attemptId = "";
let auditId = "";

beforeAll(async () => {
  const workspaceId = await defaultWorkspaceId();
  const connector = (data: Record<string, unknown>) =>
    db()
      .connector.create({ data: { workspaceId, name: "c", url: "", ...data } })
      .then((row) => row.id);
  ids.none = await connector({ url: "https://alice:p%40ss%3Aword@hooks.example.com/in?x=1" });
  ids.bearer = await connector({
    url: "https://bob:hunter2@hooks.example.com/in",
    authType: "bearer",
    authSecretEnc: "v1:kept",
  });
  ids.templated = await connector({ url: "https://{{user}}:{{pass}}@hooks.example.com/{{path}}" });
  ids.passwordOnly = await connector({ url: "https://:only-password@hooks.example.com/" });
  ids.clean = await connector({ url: "https://hooks.example.com/mail?to=a@b.example" });
  const delivery = await db().delivery.create({
    data: { workspaceId, connectorId: ids.none, kind: "manual", messageId: "msg_x" },
  });
  attemptId = (
    await db().deliveryAttempt.create({
      data: {
        deliveryId: delivery.id,
        number: 1,
        durationMs: 1,
        requestMethod: "POST",
        requestUrl: "https://alice:p%40ss%3Aword@hooks.example.com/in?x=1",
        requestHeaders: {},
        succeeded: true,
      },
    })
  ).id;
  auditId = (
    await db().auditLog.create({
      data: {
        workspaceId,
        actorType: "system",
        actorLabel: "system",
        action: "connector.created",
        targetType: "connector",
        targetId: ids.none,
        diff: { url: "https://alice:p%40ss%3Aword@hooks.example.com/in?x=1", name: "c" },
      },
    })
  ).id;
});

afterAll(async () => {
  await disconnectDb();
  await closePool();
});

describe("moveUrlCredentials", () => {
  it("moves, drops, records and strips, once", async () => {
    const migration = await readFile("prisma/migrations/20261130030000_strip_url_credentials/migration.sql", "utf8");
    await pool().query(migration);
    expect(await moveUrlCredentials()).toEqual({ movedToBasicAuth: 1, removed: 3 });

    const moved = await db().connector.findUniqueOrThrow({ where: { id: ids.none }, omit: { authSecretEnc: false } });
    expect(moved).toMatchObject({ url: "https://hooks.example.com/in?x=1", authType: "basic", authUsername: "alice" });
    expect(decrypt(moved.authSecretEnc!)).toBe("p@ss:word");

    const kept = await db().connector.findUniqueOrThrow({ where: { id: ids.bearer }, omit: { authSecretEnc: false } });
    expect(kept).toMatchObject({ url: "https://hooks.example.com/in", authType: "bearer", authSecretEnc: "v1:kept" });

    // Basic auth does not render {{variables}}: templated credentials are dropped, and the entry says why.
    expect(await db().connector.findUniqueOrThrow({ where: { id: ids.templated } })).toMatchObject({
      url: "https://hooks.example.com/{{path}}",
      authType: "none",
    });
    expect(await db().connector.findUniqueOrThrow({ where: { id: ids.passwordOnly } })).toMatchObject({
      url: "https://hooks.example.com/",
      authType: "none",
    });
    expect((await db().connector.findUniqueOrThrow({ where: { id: ids.clean } })).url).toBe(
      "https://hooks.example.com/mail?to=a@b.example",
    );

    const entries = await db().auditLog.findMany({
      where: { action: { startsWith: "connector.url_credentials_" } },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => [entry.targetId, entry.action, entry.actorType])).toEqual(
      expect.arrayContaining([
        [ids.none, "connector.url_credentials_moved", "system"],
        [ids.bearer, "connector.url_credentials_removed", "system"],
        [ids.templated, "connector.url_credentials_removed", "system"],
        [ids.passwordOnly, "connector.url_credentials_removed", "system"],
      ]),
    );
    expect(entries.find((entry) => entry.targetId === ids.bearer)?.diff).toEqual({
      url: { from: "https://bob:••••••••@hooks.example.com/in", to: "https://hooks.example.com/in" },
      reason: "the connector already has bearer auth, which is kept",
    });
    const everything = JSON.stringify(await db().auditLog.findMany()) + JSON.stringify(await db().connector.findMany());
    for (const secret of ["hunter2", "p%40ss", "only-password"]) expect(everything).not.toContain(secret);

    expect((await db().deliveryAttempt.findUniqueOrThrow({ where: { id: attemptId } })).requestUrl).toBe(
      "https://hooks.example.com/in?x=1",
    );
    expect((await db().auditLog.findUniqueOrThrow({ where: { id: auditId } })).diff).toEqual({
      url: "https://hooks.example.com/in?x=1",
      name: "c",
    });

    expect(await moveUrlCredentials()).toEqual({ movedToBasicAuth: 0, removed: 0 });
  });
});
