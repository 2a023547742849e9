// Every API token is rate-limited (SWITCHBOARD_API_TOKEN_RATE_LIMIT requests a minute, shared by every process
// through PostgreSQL): past it, 429 with Retry-After in the route's own error shape. Set low here so the test is
// short; one token's budget is its own, and sessions are not counted.
process.env.SWITCHBOARD_API_TOKEN_RATE_LIMIT = "5";

import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as listConnectors } from "@/app/api/v1/connectors/route";
import { POST as crmCreate } from "@/app/api/v2/webhooks/route";
import { resetEnvCache } from "@/lib/env";
import { apiRequest, apiToken, userWithSession } from "../support/auth-fixtures";

resetEnvCache();

describe("API token rate limit", () => {
  it("answers the 6th call of a token within the minute 429 with Retry-After; other tokens and sessions go on", async () => {
    const token = await apiToken("viewer");
    const headers = { authorization: token.authorization };
    for (let call = 1; call <= 5; call++) {
      const handler = call % 2 ? me : listConnectors;
      expect((await handler(apiRequest(call % 2 ? "/api/v1/me" : "/api/v1/connectors", { headers }))).status).toBe(200);
    }
    const limited = await me(apiRequest("/api/v1/me", { headers }));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await limited.json()).toEqual({
      error: {
        code: "rate_limited",
        message: expect.stringMatching(
          /^This API token made more than 5 requests in a minute: try again in \d+ seconds?$/,
        ),
        details: { limit: 5, windowSeconds: 60 },
      },
    });

    const other = await apiToken("viewer");
    expect((await me(apiRequest("/api/v1/me", { headers: { authorization: other.authorization } }))).status).toBe(200);
    const session = await userWithSession("viewer");
    for (let call = 1; call <= 7; call++) {
      expect((await me(apiRequest("/api/v1/me", { headers: { cookie: session.cookie } }))).status).toBe(200);
    }
  });

  it("counts a token's calls to the compatibility routes too, answering in their shape", async () => {
    const token = await apiToken("admin");
    const headers = { authorization: token.authorization };
    for (let call = 1; call <= 5; call++) {
      expect((await me(apiRequest("/api/v1/me", { headers }))).status).toBe(200);
    }
    const limited = await crmCreate(apiRequest("/api/v2/webhooks", { method: "POST", headers, body: {} }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ Status: "Error", ExceptionType: "RateLimitExceededException" });
  });

  it("an unknown token is a 401, never a 429, however often it is tried", async () => {
    for (let call = 1; call <= 7; call++) {
      expect(
        (await me(apiRequest("/api/v1/me", { headers: { authorization: "Bearer sb_unknown-token" } }))).status,
      ).toBe(401);
    }
  });
});
