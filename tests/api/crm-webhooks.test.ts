// POST /api/v2/webhooks through the real route handler: the CRM's documented example round-trips into a connector
// and its subscription, unknown catalogue codes import the catalogue, and the CRM's error shapes for 400/401/403/429.
import { describe, expect, it } from "vitest";
import { POST as createWebhook } from "@/app/api/v2/webhooks/route";
import * as unknownPath from "@/app/api/v2/[...path]/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { readStoredHeaders, headerPlainValue } from "@/lib/connectors/stored-connector";
import { db } from "@/lib/db";
import { apiRequest, apiToken, unique } from "../support/auth-fixtures";

/** The request body exactly as the CRM documentation shows it (including its repeated x-api-key header). */
const DOCUMENTED_EXAMPLE = {
  Description: "Description of webhook",
  URL: "https://requestb.in/19n3y3u1",
  Method: "POST",
  ContentType: "application/json",
  WebhookEvent: "1",
  IsSpecificLandingPage: false,
  NotifyOnFailure: true,
  WebhookProperties: null,
  CustomHeaders: [
    { Key: "x-api-key", Value: "j5FtwJk44e6fJHzbKc3fa82pJQQoBa7MebQHXAP" },
    { Key: "x-api-key", Value: "j5FtwJk44e6fJHzbKc3fa82pJQQoBa7MebQHXAP6" },
  ],
};

function call(authorization: string | null, body: unknown) {
  const headers: Record<string, string> = authorization ? { authorization } : {};
  if (typeof body === "string") {
    return createWebhook(
      new Request("http://local/api/v2/webhooks", {
        method: "POST",
        body,
        headers: { ...headers, "content-type": "application/json" },
      }),
    );
  }
  return createWebhook(apiRequest("/api/v2/webhooks", { method: "POST", body, headers }));
}

async function storedWebhook(id: string) {
  return db().connector.findUniqueOrThrow({
    where: { id },
    omit: { signingSecretEnc: false },
    include: { subscriptions: { include: { eventType: true } } },
  });
}

describe("POST /api/v2/webhooks", () => {
  it("creates a connector subscribed to the event from the documented example", async () => {
    const admin = await apiToken("admin");
    const response = await call(admin.authorization, DOCUMENTED_EXAMPLE);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({ Status: "Success", Message: { Id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });

    const connector = await storedWebhook(body.Message.Id);
    expect(connector).toMatchObject({
      name: "Description of webhook",
      description: "Description of webhook",
      url: "https://requestb.in/19n3y3u1",
      method: "POST",
      bodyType: "json",
      notifyOnFailure: true,
      enabled: true,
    });
    expect(connector.signingSecretEnc).toBeTruthy();
    const headers = readStoredHeaders(connector.headers);
    expect(headers.map((header) => [header.name, header.secret, headerPlainValue(header)])).toEqual([
      ["x-api-key", true, "j5FtwJk44e6fJHzbKc3fa82pJQQoBa7MebQHXAP, j5FtwJk44e6fJHzbKc3fa82pJQQoBa7MebQHXAP6"],
    ]);
    expect(JSON.stringify(connector.headers)).not.toContain("j5FtwJk44e6fJHzbKc3fa82pJQQoBa7MebQHXAP");
    expect(connector.subscriptions).toHaveLength(1);
    expect(connector.subscriptions[0]).toMatchObject({
      filter: null,
      eventType: { code: 1, key: "landing_page.submission" },
    });

    const audit = await db().auditLog.findFirst({ where: { targetId: connector.id, action: "connector.created" } });
    expect(audit?.diff).toMatchObject({
      via: "POST /api/v2/webhooks",
      eventType: "landing_page.submission",
      headers: ["x-api-key"],
    });
  });

  it.each([
    ["application/x-www-form-urlencoded", "form"],
    ["text/plain", "text"],
  ])(
    "maps ContentType %s to the %s body type; names the connector after the event without a description",
    async (contentType, bodyType) => {
      const admin = await apiToken("admin");
      const response = await call(admin.authorization, {
        URL: "http://127.0.0.1:9/lead",
        Method: "POST",
        ContentType: contentType,
        WebhookEvent: 3,
      });
      expect(response.status).toBe(200);
      const connector = await storedWebhook((await response.json()).Message.Id);
      expect(connector).toMatchObject({ name: "CRM webhook 3", bodyType, notifyOnFailure: false, headers: [] });
      expect(connector.subscriptions[0]?.eventType).toMatchObject({ code: 3, key: "lead.create" });
    },
  );

  it("turns specific landing pages into a subscription filter", async () => {
    const admin = await apiToken("admin");
    const urls = ["https://example.com/offer", "https://example.com/spring"];
    const response = await call(admin.authorization, {
      ...DOCUMENTED_EXAMPLE,
      IsSpecificLandingPage: true,
      LandingPageUrls: urls,
    });
    expect(response.status).toBe(200);
    const connector = await storedWebhook((await response.json()).Message.Id);
    expect(connector.subscriptions[0]?.filter).toEqual({ path: "LandingPageUrl", op: "in", value: urls });
  });

  it("imports the catalogue into a workspace that does not have the event code yet", async () => {
    const workspace = await db().workspace.create({ data: { slug: unique("crm-ws"), name: "CRM import test" } });
    const { token } = await createApiToken(workspace.id, { name: unique("crm"), role: "admin" }, null);
    expect(await db().eventType.count({ where: { workspaceId: workspace.id } })).toBe(0);

    const response = await call(`Bearer ${token}`, { ...DOCUMENTED_EXAMPLE, WebhookEvent: "34" });
    expect(response.status).toBe(200);
    expect(await db().eventType.count({ where: { workspaceId: workspace.id } })).toBe(18);
    const connector = await storedWebhook((await response.json()).Message.Id);
    expect(connector.workspaceId).toBe(workspace.id);
    expect(connector.subscriptions[0]?.eventType).toMatchObject({
      workspaceId: workspace.id,
      code: 34,
      key: "opportunity.stage.update",
    });
  });

  it.each([
    ["no Authorization header", null],
    ["an unknown token", "Bearer sb_notarealtoken"],
    ["a non-bearer scheme", "Basic dXNlcjpwYXNz"],
  ])("answers 401 for %s", async (_case, authorization) => {
    const response = await call(authorization, DOCUMENTED_EXAMPLE);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ Status: "Error", ExceptionType: "UnauthorizedAccessException" });
  });

  it("answers 403 to a viewer token and creates nothing", async () => {
    const viewer = await apiToken("viewer");
    const description = unique("viewer-webhook");
    const response = await call(viewer.authorization, { ...DOCUMENTED_EXAMPLE, Description: description });
    expect(response.status).toBe(403);
    expect(await db().connector.count({ where: { description } })).toBe(0);
  });

  it.each<[string, unknown, string]>([
    ["not JSON", "{ Description: ", "not valid JSON"],
    ["no URL", { ...DOCUMENTED_EXAMPLE, URL: undefined }, "URL"],
    ["an ftp URL", { ...DOCUMENTED_EXAMPLE, URL: "ftp://example.com" }, "URL must be an http:// or https:// URL"],
    ["Method GET", { ...DOCUMENTED_EXAMPLE, Method: "GET" }, 'Method must be "POST"'],
    [
      "an unsupported ContentType",
      { ...DOCUMENTED_EXAMPLE, ContentType: "application/xml" },
      "ContentType must be one of",
    ],
    ["a WebhookEvent that is not a number", { ...DOCUMENTED_EXAMPLE, WebhookEvent: "lead" }, "WebhookEvent"],
    ["an unknown WebhookEvent", { ...DOCUMENTED_EXAMPLE, WebhookEvent: "99" }, "WebhookEvent 99 is not a known event"],
    [
      "11 custom headers",
      {
        ...DOCUMENTED_EXAMPLE,
        CustomHeaders: Array.from({ length: 11 }, (_, index) => ({ Key: `x-h${index}`, Value: "v" })),
      },
      "up to 10 custom headers",
    ],
    [
      "a Host header",
      { ...DOCUMENTED_EXAMPLE, CustomHeaders: [{ Key: "Host", Value: "evil" }] },
      "CustomHeaders.0.Key",
    ],
    [
      "a specific landing page without URLs",
      { ...DOCUMENTED_EXAMPLE, IsSpecificLandingPage: true },
      "LandingPageUrls is required",
    ],
  ])("answers 400 with a readable message for %s", async (_case, body, fragment) => {
    const admin = await apiToken("admin");
    const response = await call(admin.authorization, body);
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error).toMatchObject({ Status: "Error", ExceptionType: "InvalidInputException" });
    expect(error.ExceptionMessage).toContain(fragment);
  });

  it("answers 429 with Retry-After at exactly the 26th call within 5 s, per token", async () => {
    // The 26 calls must fall within one 5 s window for the 26th to be the one refused. They go out 25 at once, and
    // on a machine so busy that they still took 5 s, the round is repeated with a fresh token (at most 3 rounds).
    let round: { statuses: number[]; throttled: Response; elapsed: number };
    for (let attempt = 1; ; attempt++) {
      const admin = await apiToken("admin");
      const started = Date.now();
      // Malformed bodies are cheap and still count: the limit is on calls, not on successes.
      const statuses = await Promise.all(
        Array.from({ length: 25 }, async () => (await call(admin.authorization, {})).status),
      );
      const throttled = await call(admin.authorization, DOCUMENTED_EXAMPLE);
      round = { statuses, throttled, elapsed: Date.now() - started };
      if (round.elapsed < 5000 || attempt === 3) break;
    }
    const { statuses, throttled, elapsed } = round;

    expect(elapsed).toBeLessThan(5000);
    expect(statuses).toEqual(Array.from({ length: 25 }, () => 400));
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(5);
    expect(await throttled.json()).toEqual({
      Status: "Error",
      ExceptionType: "RateLimitExceededException",
      ExceptionMessage: "API calls exceeded the limit of 25 in 5 second(s)",
    });

    const otherToken = await apiToken("admin");
    expect((await call(otherToken.authorization, {})).status).toBe(400);
  });

  it("holds 25 in ANY 5 s (sliding), also across what a fixed window would reset", async () => {
    const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));
    // The second burst must end while the late burst is still inside the last 5 s, or the count means nothing; on a
    // machine so busy that it did not, the round is repeated with a fresh token (at most 3 rounds).
    let round: { late: number[]; second: number[]; elapsed: number };
    for (let attempt = 1; ; attempt++) {
      const admin = await apiToken("admin");
      const burst = () =>
        Promise.all(Array.from({ length: 20 }, async () => (await call(admin.authorization, {})).status));
      // One call opens what a fixed window would count from; a burst late in it; another just after it would reset.
      const opened = Date.now();
      expect((await call(admin.authorization, {})).status).toBe(400);
      await sleepUntil(opened + 3800);
      const lateStarted = Date.now();
      const late = await burst();
      await sleepUntil(opened + 5300);
      const second = await burst();
      round = { late, second, elapsed: Date.now() - lateStarted };
      if (round.elapsed < 5000 || attempt === 3) break;
    }
    const { late, second, elapsed } = round;
    expect(elapsed).toBeLessThan(5000);
    expect(late).toEqual(Array.from({ length: 20 }, () => 400));
    // The 20 calls of the late burst are within 5 s of every call of the second (the opening call is not): exactly
    // 5 more fit, the rest are refused.
    expect(second.filter((status) => status === 400)).toHaveLength(5);
    expect(second.filter((status) => status === 429)).toHaveLength(15);
  });
});

describe("other paths under /api/v2", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE"] as const)(
    "answer %s with 404 in the CRM's error shape",
    async (method) => {
      const handler = unknownPath[method];
      const response = await handler(new Request("http://local/api/v2/webhook/nope", { method }));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({
        Status: "Error",
        ExceptionType: "ResourceNotFoundException",
        ExceptionMessage: `${method} /api/v2/webhook/nope is not an API of this server`,
      });
    },
  );
});
