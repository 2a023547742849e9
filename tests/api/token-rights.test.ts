// An API token acts with the lesser of its own role and its creator's current role: a demoted admin's tokens read
// only, a deleted user's tokens are revoked with the deletion, a disabled user's tokens stop working. Tokens made
// by `npm run admin` have no creator and keep their own role. Every change is in the audit log.
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as listTokens, POST as createToken } from "@/app/api/v1/tokens/route";
import { DELETE as deleteUser, PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { db } from "@/lib/db";
import { apiRequest, apiToken, routeParams, unique, userWithSession } from "../support/auth-fixtures";

async function tokenMadeBy(cookie: string, role: "admin" | "viewer") {
  const response = await createToken(
    apiRequest("/api/v1/tokens", {
      method: "POST",
      headers: { cookie },
      body: { name: unique("creator-token"), role },
    }),
  );
  expect(response.status).toBe(201);
  const { token, apiToken: record } = (await response.json()) as { token: string; apiToken: { id: string } };
  return { token, id: record.id, headers: { authorization: `Bearer ${token}` } };
}

const whoAmI = (headers: Record<string, string>) => me(apiRequest("/api/v1/me", { headers }));
const mintWith = (headers: Record<string, string>) =>
  createToken(
    apiRequest("/api/v1/tokens", { method: "POST", headers, body: { name: unique("minted"), role: "admin" } }),
  );

describe("API token rights follow their creator", () => {
  it("a demoted admin's admin token acts as a viewer (403 on writes), and as an admin again once re-promoted", async () => {
    const operator = await userWithSession("admin");
    const creator = await userWithSession("admin");
    const token = await tokenMadeBy(creator.cookie, "admin");
    expect((await mintWith(token.headers)).status).toBe(201);

    const demoted = await patchUser(
      apiRequest(`/api/v1/users/${creator.user.id}`, {
        method: "PATCH",
        headers: { cookie: operator.cookie },
        body: { role: "viewer" },
      }),
      routeParams({ id: creator.user.id }),
    );
    expect(demoted.status).toBe(200);

    const asViewer = await whoAmI(token.headers);
    expect(asViewer.status).toBe(200);
    expect(await asViewer.json()).toMatchObject({ kind: "token", id: token.id, role: "viewer" });
    const refused = await mintWith(token.headers);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");

    // Two: the token and the one it minted (a token's tokens belong to the same user).
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "user.role_changed", targetId: creator.user.id },
    });
    expect(audit.diff).toEqual({ role: { from: "admin", to: "viewer" }, apiTokensLimitedToViewer: 2 });

    await patchUser(
      apiRequest(`/api/v1/users/${creator.user.id}`, {
        method: "PATCH",
        headers: { cookie: operator.cookie },
        body: { role: "admin" },
      }),
      routeParams({ id: creator.user.id }),
    );
    expect(await (await whoAmI(token.headers)).json()).toMatchObject({ role: "admin" });
  });

  it("a viewer token stays a viewer whatever its creator's role", async () => {
    const creator = await userWithSession("admin");
    const token = await tokenMadeBy(creator.cookie, "viewer");
    expect(await (await whoAmI(token.headers)).json()).toMatchObject({ role: "viewer" });
    expect((await mintWith(token.headers)).status).toBe(403);
  });

  it("deleting a user revokes their tokens in the same step, each revocation audited", async () => {
    const operator = await userWithSession("admin");
    const creator = await userWithSession("admin");
    const first = await tokenMadeBy(creator.cookie, "admin");
    const second = await tokenMadeBy(creator.cookie, "viewer");

    const removed = await deleteUser(
      apiRequest(`/api/v1/users/${creator.user.id}`, { method: "DELETE", headers: { cookie: operator.cookie } }),
      routeParams({ id: creator.user.id }),
    );
    expect(removed.status).toBe(200);

    for (const token of [first, second]) {
      const response = await whoAmI(token.headers);
      expect(response.status).toBe(401);
      const stored = await db().apiToken.findUniqueOrThrow({ where: { id: token.id } });
      expect(stored.revokedAt).not.toBeNull();
      const revocation = await db().auditLog.findFirstOrThrow({
        where: { action: "api_token.revoked", targetId: token.id },
      });
      expect(revocation).toMatchObject({
        actorId: operator.user.id,
        diff: { reason: "creator deleted", creator: creator.user.email },
      });
    }
    const deletion = await db().auditLog.findFirstOrThrow({
      where: { action: "user.deleted", targetId: creator.user.id },
    });
    expect(deletion.diff).toMatchObject({ apiTokensRevoked: 2 });

    // The list still shows them, as revoked.
    const list = await (
      await listTokens(apiRequest("/api/v1/tokens", { headers: { cookie: operator.cookie } }))
    ).json();
    const listed = list.data.filter((item: { id: string }) => item.id === first.id || item.id === second.id);
    expect(listed).toHaveLength(2);
    for (const item of listed) expect(item.revokedAt).not.toBeNull();
  });

  it("a disabled user's tokens stop authenticating while the user is disabled", async () => {
    const creator = await userWithSession("admin");
    const token = await tokenMadeBy(creator.cookie, "admin");
    await db().user.update({ where: { id: creator.user.id }, data: { disabledAt: new Date() } });
    expect((await whoAmI(token.headers)).status).toBe(401);
    await db().user.update({ where: { id: creator.user.id }, data: { disabledAt: null } });
    expect((await whoAmI(token.headers)).status).toBe(200);
  });

  it("a token made by `npm run admin` (no creator) keeps its own role", async () => {
    const cliToken = await apiToken("admin");
    expect(cliToken.record).toBeDefined();
    expect(await (await whoAmI({ authorization: cliToken.authorization })).json()).toMatchObject({ role: "admin" });
    expect((await mintWith({ authorization: cliToken.authorization })).status).toBe(201);
  });
});
