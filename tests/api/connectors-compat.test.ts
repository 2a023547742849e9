// The documented compatibility shapes round-trip: POST /api/execute and the /api/webhooks CRUD over connectors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as execute from "@/app/api/execute/route";
import * as webhooks from "@/app/api/webhooks/route";
import * as webhook from "@/app/api/webhooks/[id]/route";
import * as connectorItem from "@/app/api/v1/connectors/[id]/route";
import * as connectorExecute from "@/app/api/v1/connectors/[id]/execute/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { decrypt } from "@/lib/crypto/secret-key";
import { SECRET_MASK } from "@/lib/crypto/tokens";
import { apiRequest, apiToken, unique } from "../support/auth-fixtures";
import { callRoute } from "../support/connector-api";
import { startHttpTarget, type HttpTarget } from "../support/http-target";

let admin: string;
let viewer: string;
let target: HttpTarget;

/** The longest token the document allows (1024 characters). */
const LONG_TOKEN = "t".repeat(1024);

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
  target = await startHttpTarget((request) => {
    const url = new URL(request.url, "http://target");
    // /compat… receivers verify like the document's: the right token gets the challenge echoed, others 401.
    if (request.method === "GET" && url.searchParams.has("challenge") && url.pathname.startsWith("/compat")) {
      return [LONG_TOKEN, "verify-me-123"].includes(url.searchParams.get("token")!)
        ? { status: 200, headers: { "content-type": "text/plain" }, body: url.searchParams.get("challenge")! }
        : { status: 401, body: "" };
    }
    if (url.pathname.startsWith("/silent")) return { status: 404, body: "no such page" };
    return request.url.startsWith("/text")
      ? { status: 200, headers: { "content-type": "text/plain" }, body: "plain answer" }
      : { status: 200, headers: { "content-type": "application/json" }, body: '{"ticket":"TICKET-12345","ok":true}' };
  });
});

afterAll(() => target.close());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("POST /api/execute", () => {
  it("sends the documented input and answers {status, headers, body, timestamp, duration, error}", async () => {
    const response = await callRoute(execute.POST, "/api/execute", {
      body: {
        url: `${target.url}/notifications`,
        method: "POST",
        headers: { "Content-Type": "application/json", email: "[email protected]", Authorization: "Bearer token123" },
        params: { department: "Engineering", status: "active", limit: 20 },
        body: { ticketId: "TICKET-12345", status: "Resolved", priority: "High" },
      },
      authorization: admin,
    });
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(["body", "duration", "error", "headers", "status", "timestamp"]);
    expect(response.body).toMatchObject({ status: 200, body: { ticket: "TICKET-12345", ok: true }, error: null });
    expect(response.body.headers["content-type"]).toBe("application/json");
    expect(response.body.timestamp).toMatch(ISO);
    expect(typeof response.body.duration).toBe("number");
    const received = target.received.at(-1)!;
    expect(received).toMatchObject({
      method: "POST",
      url: "/notifications?department=Engineering&status=active&limit=20",
      body: '{"ticketId":"TICKET-12345","status":"Resolved","priority":"High"}',
    });
    expect(received.headers).toMatchObject({
      "content-type": "application/json",
      email: "[email protected]",
      authorization: "Bearer token123",
      "user-agent": expect.stringMatching(/^Switchboard\/\d+\.\d+\.\d+/),
    });
  });

  it("accepts the OpenAPI document's own example verbatim (only the host changed)", async () => {
    const document = await (await openapi.GET(apiRequest("/api/v1/openapi.json"))).json();
    const example = document.paths["/api/execute"].post.requestBody.content["application/json"].example;
    const { pathname } = new URL(example.url);
    const response = await callRoute(execute.POST, "/api/execute", {
      body: { ...example, url: `${target.url}${pathname}` },
      authorization: admin,
    });
    expect(response.status, response.text).toBe(200);
    const received = target.received.at(-1)!;
    expect(received.url).toBe(`${pathname}?${new URLSearchParams(example.params).toString()}`);
    expect(JSON.parse(received.body)).toEqual(example.body);
  });

  it("returns text bodies as text and failures in error", async () => {
    const text = await callRoute(execute.POST, "/api/execute", {
      body: { url: `${target.url}/text`, method: "get" },
      authorization: admin,
    });
    expect(text.body).toMatchObject({ status: 200, body: "plain answer", error: null });
    const refused = await callRoute(execute.POST, "/api/execute", {
      body: { url: "http://127.0.0.1:1/", method: "GET" },
      authorization: admin,
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: null,
      error: { code: "refused", message: "connection refused by 127.0.0.1:1" },
    });
    const blocked = await callRoute(execute.POST, "/api/execute", {
      body: { url: "http://169.254.169.254/", method: "GET" },
      authorization: admin,
    });
    expect(blocked.body.error.code).toBe("blocked_address");
  });

  it.each([
    ["no url", { method: "GET" }, "url"],
    ["bad method", { url: "https://api.example.com", method: "TRACE" }, "method"],
    ["reserved header", { url: "https://api.example.com", method: "GET", headers: { Host: "evil" } }, "headers.Host"],
    ["not http", { url: "ftp://example.com/x", method: "GET" }, "url"],
  ])("400 for %s with the API's error shape", async (_label, body, path) => {
    const response = await callRoute(execute.POST, "/api/execute", { body, authorization: admin });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "validation_failed" });
    expect(response.body.error.details.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  it("needs an admin token", async () => {
    const body = { url: `${target.url}/x`, method: "GET" };
    expect((await callRoute(execute.POST, "/api/execute", { body, authorization: viewer })).status).toBe(403);
    expect(
      (await callRoute(execute.POST, "/api/execute", { body, authorization: "Bearer sb_not-a-token" })).status,
    ).toBe(401);
  });
});

describe("/api/webhooks", () => {
  it("creates from the documented example body (empty token, headers and auth)", async () => {
    const response = await callRoute(webhooks.POST, "/api/webhooks", {
      body: { name: unique("Webhook name"), url: `${target.url}/doc`, token: "", headers: [], auth: {} },
      authorization: admin,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: expect.any(String),
      timestamp: expect.stringMatching(ISO),
      status: { code: 200, type: "success" },
    });
    const read = await callRoute(webhook.GET, "/x", { authorization: viewer, params: { id: response.body.id } });
    expect(read.body).toEqual({
      id: response.body.id,
      name: expect.any(String),
      url: `${target.url}/doc`,
      token: "",
      headers: [],
      auth: { username: "", password: "" },
      error: { date: "", message: "" },
    });
  });

  it("verifies a token with the challenge request, sends it on every call as X-Webhook-Token, and refuses a URL that does not answer", async () => {
    const name = unique("verified");
    const refused = await callRoute(webhooks.POST, "/api/webhooks", {
      body: { name, url: `${target.url}/silent`, token: "verify-me-123" },
      authorization: admin,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([{ path: "url", message: expect.stringContaining("got HTTP 404") }]);
    const wrongToken = await callRoute(webhooks.POST, "/api/webhooks", {
      body: { name, url: `${target.url}/compat-verify`, token: "not-the-receivers" },
      authorization: admin,
    });
    expect(wrongToken.status).toBe(400);
    expect(await db().connector.count({ where: { name } })).toBe(0);

    const before = target.received.length;
    const created = await callRoute(webhooks.POST, "/api/webhooks", {
      body: { name, url: `${target.url}/compat-verify`, token: "verify-me-123" },
      authorization: admin,
    });
    expect(created.status, created.text).toBe(200);
    const challengeRequest = target.received[before]!;
    const challengeUrl = new URL(challengeRequest.url, "http://target");
    expect(challengeRequest.method).toBe("GET");
    expect(challengeUrl.pathname).toBe("/compat-verify");
    expect(challengeUrl.searchParams.get("token")).toBe("verify-me-123");
    expect(challengeUrl.searchParams.get("challenge")).toMatch(/^[0-9a-f]{32}$/);

    const id = created.body.id as string;
    const executed = await callRoute(connectorExecute.POST, "/x", {
      body: { variables: {} },
      authorization: admin,
      params: { id },
    });
    expect(executed.status).toBe(200);
    expect(target.received.at(-1)!.headers["x-webhook-token"]).toBe("verify-me-123");
    expect(executed.text).not.toContain("verify-me-123");
    const attempt = await db().deliveryAttempt.findFirstOrThrow({ where: { delivery: { connectorId: id } } });
    expect(JSON.stringify(attempt)).not.toContain("verify-me-123");

    // A new URL is verified again; one that does not answer leaves the webhook as it was.
    const moved = await callRoute(webhook.PUT, "/x", {
      method: "PUT",
      body: { url: `${target.url}/silent` },
      authorization: admin,
      params: { id },
    });
    expect(moved.status).toBe(400);
    expect((await db().connector.findUniqueOrThrow({ where: { id } })).url).toBe(`${target.url}/compat-verify`);
    const renamed = await callRoute(webhook.PUT, "/x", {
      method: "PUT",
      body: { name: `${name} v2` },
      authorization: admin,
      params: { id },
    });
    expect(renamed.status).toBe(200);
  });

  it("accepts the documented lengths: a name and a token of 1024 characters", async () => {
    const name = `${unique("long")}-`.padEnd(1024, "n");
    const token = LONG_TOKEN;
    const created = await callRoute(webhooks.POST, "/api/webhooks", {
      body: { name, url: `${target.url}/compat-long`, token, headers: [] },
      authorization: admin,
    });
    expect(created.status, created.text).toBe(200);
    const read = await callRoute(webhook.GET, "/x", { authorization: viewer, params: { id: created.body.id } });
    expect(read.body.name).toBe(name);
    expect(read.body.token).toBe(SECRET_MASK);
    const row = await db().connector.findUniqueOrThrow({
      where: { id: created.body.id as string },
      omit: { verificationTokenEnc: false },
    });
    expect(decrypt(row.verificationTokenEnc!)).toBe(token);
  });

  it("round-trips name, url, token, headers and auth, masking secrets and keeping them when sent back masked", async () => {
    const name = unique("compat");
    const created = await callRoute(webhooks.POST, "/api/webhooks", {
      body: {
        name,
        url: `${target.url}/compat`,
        token: "verify-me-123",
        headers: [{ name: "X-Team", value: "ops" }],
        auth: { username: "hook-user", password: "hook-pass-456" },
      },
      authorization: admin,
    });
    const id = created.body.id as string;
    const read = await callRoute(webhook.GET, "/x", { authorization: viewer, params: { id } });
    expect(read.body).toMatchObject({
      id,
      name,
      url: `${target.url}/compat`,
      token: SECRET_MASK,
      headers: [{ name: "X-Team", value: "ops" }],
      auth: { username: "hook-user", password: SECRET_MASK },
    });
    expect(read.text).not.toContain("verify-me-123");
    expect(read.text).not.toContain("hook-pass-456");

    const list = await callRoute(webhooks.GET, "/api/webhooks", { authorization: viewer });
    expect(list.body).toContainEqual({ id, name, url: `${target.url}/compat`, error: "" });

    // PUT back exactly what GET returned, with a new name: secrets survive.
    const { id: _id, error: _error, ...editable } = read.body;
    const put = await callRoute(webhook.PUT, "/x", {
      method: "PUT",
      body: { ...editable, name: name + " v2" },
      authorization: admin,
      params: { id },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id, status: { code: 200, type: "success" } });
    const row = await db().connector.findUniqueOrThrow({
      where: { id },
      omit: { authSecretEnc: false, verificationTokenEnc: false },
    });
    expect(row.name).toBe(name + " v2");
    expect(decrypt(row.authSecretEnc!)).toBe("hook-pass-456");
    expect(decrypt(row.verificationTokenEnc!)).toBe("verify-me-123");

    // The same connector through the native API.
    const native = await callRoute(connectorItem.GET, "/x", { authorization: viewer, params: { id } });
    expect(native.body).toMatchObject({
      auth: { type: "basic", username: "hook-user", hasPassword: true },
      hasVerificationToken: true,
    });

    // Its last failure appears as error {date, message} and as the list's error string.
    await db().connector.update({ where: { id }, data: { url: "http://127.0.0.1:1/" } });
    await callRoute(connectorExecute.POST, "/x", { body: { variables: {} }, authorization: admin, params: { id } });
    const failed = await callRoute(webhook.GET, "/x", { authorization: viewer, params: { id } });
    expect(failed.body.error).toEqual({
      date: expect.stringMatching(ISO),
      message: "connection refused by 127.0.0.1:1",
    });
    const listed = await callRoute(webhooks.GET, "/api/webhooks", { authorization: viewer });
    expect(listed.body.find((entry: { id: string }) => entry.id === id).error).toBe(
      "connection refused by 127.0.0.1:1",
    );

    // New values replace; an empty token and auth clear them.
    await callRoute(webhook.PUT, "/x", {
      method: "PUT",
      body: { token: "", auth: {} },
      authorization: admin,
      params: { id },
    });
    const cleared = await callRoute(webhook.GET, "/x", { authorization: viewer, params: { id } });
    expect(cleared.body).toMatchObject({ token: "", auth: { username: "", password: "" } });

    const deleted = await callRoute(webhook.DELETE, "/x", { method: "DELETE", authorization: admin, params: { id } });
    expect(deleted.body).toEqual({ id, timestamp: expect.stringMatching(ISO), status: { code: 200, type: "success" } });
    const gone = await callRoute(webhook.GET, "/x", { authorization: viewer, params: { id } });
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("not_found");
  });

  it.each([
    ["name empty", { name: "" }, "name"],
    ["name over 1024", { name: "n".repeat(1025) }, "name"],
    ["token over 1024", { token: "t".repeat(1025) }, "token"],
    ["header name over 128", { headers: [{ name: "h".repeat(129), value: "v" }] }, "headers.0.name"],
    ["header value empty", { headers: [{ name: "X-A", value: "" }] }, "headers.0.value"],
    ["header value over 1024", { headers: [{ name: "X-A", value: "v".repeat(1025) }] }, "headers.0.value"],
    [
      "100 headers",
      { headers: Array.from({ length: 100 }, (_, index) => ({ name: `X-${index}`, value: "v" })) },
      "headers",
    ],
    ["auth username over 1024", { auth: { username: "u".repeat(1025), password: "p" } }, "auth.username"],
    ["username without password", { auth: { username: "u" } }, "auth.password"],
    ["reserved header", { headers: [{ name: "Content-Length", value: "1" }] }, "headers.0.name"],
  ])("400 for %s", async (_label, overrides, path) => {
    const response = await callRoute(webhooks.POST, "/api/webhooks", {
      body: { name: unique("limits"), url: `${target.url}/x`, ...overrides },
      authorization: admin,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_failed");
    expect(response.body.error.details.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  it("viewers read but cannot write", async () => {
    const body = { name: unique("viewer"), url: `${target.url}/x` };
    expect((await callRoute(webhooks.POST, "/api/webhooks", { body, authorization: viewer })).status).toBe(403);
    expect((await callRoute(webhooks.GET, "/api/webhooks", { authorization: viewer })).status).toBe(200);
  });
});
