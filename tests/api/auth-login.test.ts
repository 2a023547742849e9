// Sign-in and sign-out through the real route handlers: cookie attributes, wrong credentials, the per-address
// throttle and session invalidation, with their audit entries.
import { describe, expect, it } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as logout } from "@/app/api/auth/logout/route";
import { GET as me } from "@/app/api/v1/me/route";
import { createUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { apiRequest, TEST_PASSWORD, uniqueEmail, uniqueIp } from "../support/auth-fixtures";

async function newUser(role: "admin" | "viewer" = "admin") {
  return createUser({ email: uniqueEmail(`login-${role}`), password: TEST_PASSWORD, role });
}

function loginRequest(email: string, password: string, ip: string) {
  return apiRequest("/api/auth/login", {
    method: "POST",
    body: { email, password },
    headers: { "x-forwarded-for": ip },
  });
}

const sessionPair = (setCookie: string) => setCookie.split(";")[0]!;

describe("POST /api/auth/login", () => {
  it("signs in with the right password: httpOnly SameSite=Lax cookie that authenticates /api/v1", async () => {
    const user = await newUser("viewer");
    const response = await login(loginRequest(user.email.toUpperCase(), TEST_PASSWORD, uniqueIp()));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { id: user.id, email: user.email, role: "viewer" } });

    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^sb_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).not.toContain("Secure");

    const whoAmI = await me(apiRequest("/api/v1/me", { headers: { cookie: sessionPair(setCookie) } }));
    expect(whoAmI.status).toBe(200);
    expect(await whoAmI.json()).toMatchObject({
      kind: "user",
      id: user.id,
      role: "viewer",
      user: { email: user.email },
    });

    const audit = await db().auditLog.findFirst({ where: { action: "auth.signed_in", targetId: user.id } });
    expect(audit).toMatchObject({ actorType: "user", actorLabel: user.email });
  });

  it("answers 401 to a wrong password or an unknown email, without a cookie", async () => {
    const user = await newUser();
    for (const [email, password] of [
      [user.email, "wrong password here"],
      [uniqueEmail("nobody"), TEST_PASSWORD],
    ] as const) {
      const response = await login(loginRequest(email, password, uniqueIp()));
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: "unauthorized", message: "Email or password is incorrect", details: null },
      });
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    const failures = await db().auditLog.findMany({
      where: { action: "auth.sign_in_failed", diff: { equals: { email: user.email } } },
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ actorType: "system" });
  });

  it("answers 400 with field paths when email or password is missing", async () => {
    const response = await login(apiRequest("/api/auth/login", { method: "POST", body: { email: "" } }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details.map((issue: { path: string }) => issue.path).sort()).toEqual(["email", "password"]);
  });

  it("answers the 6th attempt within a minute from one address with 429 and Retry-After, even when right", async () => {
    const user = await newUser();
    const ip = uniqueIp();
    // Wrong guesses at other accounts, so only the address (not this account) is over its limit.
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(loginRequest(uniqueEmail("guess"), `wrong password ${attempt}`, ip))).status).toBe(401);
    }
    const throttled = await login(loginRequest(user.email, TEST_PASSWORD, ip));
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await throttled.json()).error.code).toBe("rate_limited");
    expect(throttled.headers.get("set-cookie")).toBeNull();

    // Another address is not affected by this one's failures.
    expect((await login(loginRequest(user.email, TEST_PASSWORD, uniqueIp()))).status).toBe(200);
  });
});

describe("POST /api/auth/logout", () => {
  it("deletes the session and clears the cookie, so the old cookie no longer authenticates", async () => {
    const user = await newUser();
    const signedIn = await login(loginRequest(user.email, TEST_PASSWORD, uniqueIp()));
    const cookie = sessionPair(signedIn.headers.get("set-cookie")!);
    expect((await me(apiRequest("/api/v1/me", { headers: { cookie } }))).status).toBe(200);

    const response = await logout(apiRequest("/api/auth/logout", { method: "POST", headers: { cookie } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/^sb_session=; .*Max-Age=0/);

    const after = await me(apiRequest("/api/v1/me", { headers: { cookie } }));
    expect(after.status).toBe(401);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "auth.signed_out", targetId: user.id } })).toBe(1);
  });
});
