// The sign-in throttle counts each attempt before any password is checked, per address and per account, so a
// burst of parallel guesses checks at most five passwords. A request whose address is unknown is throttled by its
// account only: it must not share one bucket with every other such request.
import { describe, expect, it, vi } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { createUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { apiRequest, TEST_PASSWORD, uniqueEmail, uniqueIp } from "../support/auth-fixtures";

const LIMIT = 5;
// Sixty sign-ins at once on two shared cores take a while; no assertion here is about speed.
vi.setConfig({ testTimeout: 120_000 });

function loginRequest(email: string, password: string, ip: string | null) {
  return apiRequest("/api/auth/login", {
    method: "POST",
    body: { email, password },
    headers: ip ? { "x-forwarded-for": ip } : {},
  });
}

/** Each wrong password that was actually checked leaves one auth.sign_in_failed entry. */
const passwordsChecked = (email: string) =>
  db().auditLog.count({ where: { action: "auth.sign_in_failed", diff: { equals: { email } } } });

async function burst(email: string, addresses: (string | null)[]) {
  return Promise.all(addresses.map((ip, index) => login(loginRequest(email, `wrong guess ${index}`, ip))));
}

describe("sign-in throttle", () => {
  it("60 parallel wrong guesses from one address check at most 5 passwords; the rest are 429 with Retry-After", async () => {
    const user = await createUser({ email: uniqueEmail("burst-one"), password: TEST_PASSWORD, role: "admin" });
    const ip = uniqueIp();
    const responses = await burst(
      user.email,
      Array.from({ length: 60 }, () => ip),
    );

    expect(await passwordsChecked(user.email)).toBeLessThanOrEqual(LIMIT);
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(LIMIT);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(60 - LIMIT);
    const throttled = responses.find((response) => response.status === 429)!;
    const retryAfter = Number(throttled.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    const body = await throttled.json();
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/^Too many sign-in attempts .*: try again in \d+ (second|minute)s?$/);
  });

  it("60 parallel wrong guesses at one account from 60 addresses check at most 5 passwords", async () => {
    const user = await createUser({ email: uniqueEmail("burst-many"), password: TEST_PASSWORD, role: "admin" });
    const responses = await burst(
      user.email,
      Array.from({ length: 60 }, () => uniqueIp()),
    );
    expect(await passwordsChecked(user.email)).toBeLessThanOrEqual(LIMIT);
    expect(responses.filter((response) => response.status === 429).length).toBeGreaterThanOrEqual(60 - LIMIT);

    // The account is what is throttled: even the right password waits, from a fresh address too.
    const right = await login(loginRequest(user.email, TEST_PASSWORD, uniqueIp()));
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("an unknown email is throttled exactly like a known one (no hint that the account exists)", async () => {
    const email = uniqueEmail("nobody");
    const responses = await burst(
      email,
      Array.from({ length: 12 }, () => uniqueIp()),
    );
    expect(responses.filter((response) => response.status === 401)).toHaveLength(LIMIT);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(12 - LIMIT);
  });

  it("failed sign-ins without a known address do not lock out other accounts", async () => {
    const victim = await createUser({
      email: uniqueEmail("no-address-victim"),
      password: TEST_PASSWORD,
      role: "viewer",
    });
    const bystander = await createUser({
      email: uniqueEmail("no-address-other"),
      password: TEST_PASSWORD,
      role: "viewer",
    });
    for (let attempt = 0; attempt < LIMIT + 1; attempt++) {
      await login(loginRequest(victim.email, `wrong ${attempt}`, null));
    }
    const other = await login(loginRequest(bystander.email, TEST_PASSWORD, null));
    expect(other.status).toBe(200);
  });

  it("a successful sign-in does not spend the budget: five sign-ins then a typo is still a 401, not a 429", async () => {
    const user = await createUser({ email: uniqueEmail("often"), password: TEST_PASSWORD, role: "viewer" });
    const ip = uniqueIp();
    for (let attempt = 0; attempt < LIMIT + 1; attempt++) {
      expect((await login(loginRequest(user.email, TEST_PASSWORD, ip))).status).toBe(200);
    }
    expect((await login(loginRequest(user.email, "a typo in it", ip))).status).toBe(401);
  });
});
