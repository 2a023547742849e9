// The app secret that app_secret connectors send to other systems authenticates nothing on Switchboard's own API:
// a receiver replaying the header it was sent gets 401 everywhere. The migration that closed the hole also revoked
// the tokens minted with the app secret and those of already-deleted users.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/connectors/route";
import * as executeRoute from "@/app/api/v1/connectors/[id]/execute/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { POST as revealAppSecret } from "@/app/api/v1/settings/workspace/app-secret/reveal/route";
import { GET as workspaceSettings } from "@/app/api/v1/settings/workspace/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, unique, userWithSession } from "../support/auth-fixtures";
import { callRoute, createConnector } from "../support/connector-api";
import { MIGRATIONS_DIR } from "../setup/test-database";
import { startHttpTarget, type HttpTarget } from "../support/http-target";

let target: HttpTarget;
beforeAll(async () => {
  target = await startHttpTarget();
});
afterAll(() => target.close());

describe("the app secret a connector sends", () => {
  it("is refused by /api/v1 when a receiver replays it, as X-App-Secret or as a bearer token", async () => {
    const admin = (await apiToken("admin")).authorization;
    const id = (
      await createConnector(
        { name: unique("app-secret"), url: `${target.url}/hook`, auth: { type: "app_secret" } },
        admin,
      )
    ).id as string;
    const executed = await callRoute(executeRoute.POST, `/api/v1/connectors/${id}/execute`, {
      body: { variables: {} },
      authorization: admin,
      params: { id },
    });
    expect(executed.status, executed.text).toBe(200);
    const sent = target.received.at(-1)!.headers["x-app-secret"] as string;
    expect(sent).toMatch(/^sbapp_/);

    const replays: [string, (request: Request) => Promise<Response>, string, unknown?][] = [
      ["GET", me, "/api/v1/me"],
      ["GET", listTokens, "/api/v1/tokens"],
      ["POST", createToken, "/api/v1/tokens", { name: "minted-by-a-receiver", role: "admin" }],
      ["GET", workspaceSettings, "/api/v1/settings/workspace"],
      ["POST", revealAppSecret, "/api/v1/settings/workspace/app-secret/reveal"],
      ["GET", collection.GET, "/api/v1/connectors"],
    ];
    const replayHeaders: Record<string, string>[] = [{ "x-app-secret": sent }, { authorization: `Bearer ${sent}` }];
    for (const headers of replayHeaders) {
      for (const [method, handler, url, body] of replays) {
        const response = await handler(apiRequest(url, { method, headers, body }));
        expect(response.status, `${method} ${url} with ${Object.keys(headers)[0]}`).toBe(401);
        expect((await response.json()).error.code).toBe("unauthorized");
      }
    }
    expect(await db().apiToken.count({ where: { name: "minted-by-a-receiver" } })).toBe(0);
  });
});

describe("the migration that took the app secret off the API", () => {
  const migration = readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith("_app_secret_authenticates_nothing"));

  it("revokes tokens minted with the app secret and tokens whose creator was deleted, and nothing else", async () => {
    expect(migration).toBeDefined();
    const workspaceId = await defaultWorkspaceId();
    const byAppSecret = await createApiToken(workspaceId, { name: unique("by-app-secret"), role: "admin" }, null);
    const appSecretActor = {
      kind: "token",
      id: "app-secret",
      userId: null,
      label: "app secret",
      role: "admin",
      workspaceId,
    } as const;
    await writeAudit(appSecretActor, {
      action: "api_token.created",
      targetType: "api_token",
      targetId: byAppSecret.record.id,
    });

    // Before this release, deleting a user left their tokens active with no creator.
    const gone = await userWithSession("admin");
    const orphan = await createApiToken(workspaceId, { name: unique("orphan"), role: "admin" }, gone.user.id);
    const goneActor = {
      kind: "user",
      id: gone.user.id,
      userId: gone.user.id,
      label: gone.user.email,
      role: "admin",
      workspaceId,
    } as const;
    await writeAudit(goneActor, { action: "api_token.created", targetType: "api_token", targetId: orphan.record.id });
    await db().user.delete({ where: { id: gone.user.id } });

    const fromCli = await createApiToken(workspaceId, { name: unique("cli"), role: "admin" }, null);
    await writeAudit(
      null,
      { action: "api_token.created", targetType: "api_token", targetId: fromCli.record.id, diff: { via: "cli" } },
      workspaceId,
    );
    const keeper = await userWithSession("admin");
    const kept = await createApiToken(workspaceId, { name: unique("kept"), role: "admin" }, keeper.user.id);
    await writeAudit(
      {
        kind: "user",
        id: keeper.user.id,
        userId: keeper.user.id,
        label: keeper.user.email,
        role: "admin",
        workspaceId,
      },
      { action: "api_token.created", targetType: "api_token", targetId: kept.record.id },
    );

    // Run as the migrator runs it: the whole file in one query on a plain connection.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(readFileSync(path.join(MIGRATIONS_DIR, migration!, "migration.sql"), "utf8"));
    } finally {
      await client.end();
    }

    const revokedAt = async (id: string) => (await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt;
    expect(await revokedAt(byAppSecret.record.id)).not.toBeNull();
    expect(await revokedAt(orphan.record.id)).not.toBeNull();
    expect(await revokedAt(fromCli.record.id)).toBeNull();
    expect(await revokedAt(kept.record.id)).toBeNull();
    const audit = await db().auditLog.findMany({
      where: { action: "api_token.revoked", targetId: { in: [byAppSecret.record.id, orphan.record.id] } },
    });
    expect(audit.map((entry) => entry.actorType)).toEqual(["system", "system"]);
  });
});
