// Browser sessions over the real route handlers: an expired session is refused, an active one slides forward (in
// the database and in the browser's cookie, or the cookie would still die 14 days after sign-in), and a disabled
// user's sessions stop at once.
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { POST as logout } from "@/app/api/auth/logout/route";
import { SESSION_TTL_MS } from "@/lib/auth/sessions";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { apiRequest, userWithSession } from "../support/auth-fixtures";

const HOUR = 60 * 60 * 1000;
const whoAmI = (cookie: string) => me(apiRequest("/api/v1/me", { headers: { cookie } }));

describe("sessions", () => {
  it("an expired session answers 401", async () => {
    const { cookie, sessionToken } = await userWithSession("viewer");
    expect((await whoAmI(cookie)).status).toBe(200);
    await db().session.update({
      where: { tokenHash: sha256Hex(sessionToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const response = await whoAmI(cookie);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  it("a session in use slides forward: the database row and the browser's cookie both get a new expiry", async () => {
    const { cookie, sessionToken } = await userWithSession("viewer");
    const tokenHash = sha256Hex(sessionToken);
    // Signed in long ago, last seen two hours ago, a minute left.
    await db().session.update({
      where: { tokenHash },
      data: { lastSeenAt: new Date(Date.now() - 2 * HOUR), expiresAt: new Date(Date.now() + 60_000) },
    });
    const response = await whoAmI(cookie);
    expect(response.status).toBe(200);

    const row = await db().session.findUniqueOrThrow({ where: { tokenHash } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + SESSION_TTL_MS - HOUR);
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - HOUR);

    const setCookie = response.headers.get("set-cookie");
    expect(setCookie).toMatch(new RegExp(`^sb_session=${sessionToken}; `));
    const maxAge = Number(setCookie!.match(/Max-Age=(\d+)/)![1]);
    expect(maxAge * 1000).toBeGreaterThan(SESSION_TTL_MS - HOUR);
    expect(setCookie).toContain("HttpOnly");
  });

  it("signing out still clears the cookie (the renewal never puts it back)", async () => {
    const { cookie, sessionToken } = await userWithSession("viewer");
    await db().session.update({
      where: { tokenHash: sha256Hex(sessionToken) },
      data: { lastSeenAt: new Date(Date.now() - 2 * HOUR) },
    });
    const response = await logout(apiRequest("/api/auth/logout", { method: "POST", headers: { cookie } }));
    expect(response.headers.get("set-cookie")).toMatch(/^sb_session=; .*Max-Age=0/);
  });

  it("a disabled user's session answers 401 while disabled", async () => {
    const { user, cookie } = await userWithSession("admin");
    await db().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await whoAmI(cookie)).status).toBe(401);
    await db().user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect((await whoAmI(cookie)).status).toBe(200);
  });
});
