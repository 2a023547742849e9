// Test and Execute against a real recording target on 127.0.0.1: exact auth headers, byte-exact params, headers
// and bodies, templates, the stored delivery (redacted) and the history. No mocks.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import * as testRoute from "@/app/api/v1/connectors/[id]/test/route";
import * as executeRoute from "@/app/api/v1/connectors/[id]/execute/route";
import * as historyRoute from "@/app/api/v1/connectors/[id]/history/route";
import * as unsavedTestRoute from "@/app/api/v1/connectors/test/route";
import * as deliveryRoute from "@/app/api/v1/deliveries/[id]/route";
import { db } from "@/lib/db";
import { encrypt } from "@/lib/crypto/secret-key";
import { generateSigningSecret } from "@/lib/crypto/standard-webhooks";
import { SECRET_MASK } from "@/lib/crypto/tokens";
import { resetEnvCache } from "@/lib/env";
import { workspaceAppSecret } from "@/lib/workspaces/app-secret";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiToken, unique } from "../support/auth-fixtures";
import { callRoute, createConnector } from "../support/connector-api";
import { startHttpTarget, type HttpTarget, type TargetResponse } from "../support/http-target";

let admin: string;
let viewer: string;
let target: HttpTarget;

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
  target = await startHttpTarget((request): TargetResponse => {
    if (request.url.startsWith("/unavailable")) {
      return {
        status: 503,
        headers: { "retry-after": "120", "content-type": "text/plain" },
        body: "down for maintenance",
      };
    }
    return {
      status: 201,
      headers: { "content-type": "application/json", "x-target": "yes" },
      body: '{"accepted":true}',
    };
  });
});

afterAll(() => target.close());

async function createTargetConnector(overrides: Record<string, unknown>) {
  return (await createConnector({ name: unique("exec"), url: `${target.url}/hook`, ...overrides }, admin)).id as string;
}

async function run(kind: "test" | "execute", id: string, variables: unknown = {}, authorization = admin) {
  const handler = kind === "test" ? testRoute.POST : executeRoute.POST;
  return callRoute(handler, `/api/v1/connectors/${id}/${kind}`, { body: { variables }, authorization, params: { id } });
}

/** Sends once and returns what the target received. */
async function sendAndReceive(overrides: Record<string, unknown>, variables: unknown = {}) {
  const id = await createTargetConnector(overrides);
  const before = target.received.length;
  const response = await run("execute", id, variables);
  expect(response.status, response.text).toBe(200);
  expect(target.received.length).toBe(before + 1);
  return { id, response, received: target.received.at(-1)! };
}

describe("authentication headers, exactly", () => {
  it("none sends no Authorization", async () => {
    const { received } = await sendAndReceive({ auth: { type: "none" } });
    expect(received.headers.authorization).toBeUndefined();
    expect(received.headers["x-app-secret"]).toBeUndefined();
  });

  it("basic sends Basic base64(user:pass)", async () => {
    const { received } = await sendAndReceive({ auth: { type: "basic", username: "ann", password: "p:ss wörd" } });
    expect(received.headers.authorization).toBe("Basic " + Buffer.from("ann:p:ss wörd", "utf8").toString("base64"));
  });

  it("bearer sends Bearer <token>", async () => {
    const { received } = await sendAndReceive({ auth: { type: "bearer", token: "tok_123.abc" } });
    expect(received.headers.authorization).toBe("Bearer tok_123.abc");
  });

  it("app_secret sends the workspace app secret as X-App-Secret", async () => {
    const { received } = await sendAndReceive({ auth: { type: "app_secret" } });
    const secret = await workspaceAppSecret(await defaultWorkspaceId());
    expect(secret.length).toBeGreaterThan(20);
    expect(received.headers["x-app-secret"]).toBe(secret);
  });

  it("custom_header sends the header as given", async () => {
    const { received } = await sendAndReceive({ auth: { type: "custom_header", name: "X-Api-Key", value: "k-987" } });
    expect(received.headers["x-api-key"]).toBe("k-987");
    expect(received.headers.authorization).toBeUndefined();
  });
});

describe("request bytes", () => {
  const variables = {
    id: "a b/c",
    count: 3,
    user: { id: 42, email: "ann@example.com", tags: ["x", "y"] },
    note: 'say "hi"',
  };

  it("renders URL, query params and headers from templates", async () => {
    const { received } = await sendAndReceive(
      {
        url: `${target.url}/hook/{{id}}?fixed=1`,
        method: "PUT",
        bodyType: "none",
        queryParams: [
          { name: "user", value: "{{user.id}}" },
          { name: "q", value: "a&b=c d" },
        ],
        headers: [
          { name: "X-User-Email", value: "{{user.email}}" },
          { name: "X-Static", value: "static value" },
        ],
      },
      variables,
    );
    expect(received.method).toBe("PUT");
    expect(received.url).toBe("/hook/a%20b%2Fc?fixed=1&user=42&q=a%26b%3Dc+d");
    expect(received.headers["x-user-email"]).toBe("ann@example.com");
    expect(received.headers["x-static"]).toBe("static value");
    expect(received.body).toBe("");
    expect(received.headers["content-type"]).toBeUndefined();
  });

  it("sends a JSON body byte-exact with whole-value placeholders inserted as JSON", async () => {
    const template = '{\n  "user": "{{user}}",\n  "count": {{count}},\n  "text": "Note: {{note}}"\n}';
    const { received } = await sendAndReceive({ bodyType: "json", bodyTemplate: template }, variables);
    expect(received.headers["content-type"]).toBe("application/json");
    expect(received.body).toBe(
      '{\n  "user": {"id":42,"email":"ann@example.com","tags":["x","y"]},\n  "count": 3,\n  "text": "Note: say \\"hi\\""\n}',
    );
    expect(received.headers["content-length"]).toBe(String(Buffer.byteLength(received.body)));
  });

  it("sends a text body byte-exact", async () => {
    const { received } = await sendAndReceive(
      { bodyType: "text", bodyTemplate: "Hello {{user.email}}\nünïcode ✓" },
      variables,
    );
    expect(received.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(received.body).toBe("Hello ann@example.com\nünïcode ✓");
  });

  it("sends a form body urlencoded from a JSON object template", async () => {
    const { received } = await sendAndReceive(
      {
        bodyType: "form",
        bodyTemplate: '{"email": "{{user.email}}", "n": "{{count}}", "tags": "{{user.tags}}", "free": "a b&c"}',
      },
      variables,
    );
    expect(received.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(received.body).toBe("email=ann%40example.com&n=3&tags=x&tags=y&free=a+b%26c");
  });

  it("a user Content-Type header wins over the body type's default", async () => {
    const { received } = await sendAndReceive({
      bodyType: "json",
      bodyTemplate: "{}",
      headers: [{ name: "Content-Type", value: "application/vnd.api+json" }],
    });
    expect(received.headers["content-type"]).toBe("application/vnd.api+json");
    expect(received.body).toBe("{}");
  });

  it("names itself Switchboard/<version> unless the connector sets its own User-Agent", async () => {
    const { version } = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "..", "..", "package.json"), "utf8"),
    ) as { version: string };
    const plain = await sendAndReceive({ bodyType: "json", bodyTemplate: "{}" });
    expect(plain.received.headers["user-agent"]).toBe(`Switchboard/${version}`);
    const own = await sendAndReceive({
      bodyType: "json",
      bodyTemplate: "{}",
      headers: [{ name: "user-agent", value: "crm-bot/2" }],
    });
    expect(own.received.headers["user-agent"]).toBe("crm-bot/2");
  });

  it("refuses to send when variables are missing, naming every one, and stores nothing", async () => {
    const id = await createTargetConnector({
      url: `${target.url}/hook/{{id}}`,
      bodyTemplate: '{"a": "{{user.email}}", "b": "{{missing.one}}"}',
    });
    const before = target.received.length;
    const response = await run("execute", id, { user: {} });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      "Missing template variables: id, user.email, missing.one. Add them to the sample payload or the variables.",
    );
    expect(response.body.error.details.map((issue: { path: string }) => issue.path)).toEqual([
      "variables.id",
      "variables.user.email",
      "variables.missing.one",
    ]);
    expect(target.received.length).toBe(before);
    expect(await db().delivery.count({ where: { connectorId: id } })).toBe(0);
  });
});

describe("stored deliveries and history", () => {
  const SECRET_HEADER = unique("secret-header-value");
  const PASSWORD = unique("basic-password");

  it("stores test and manual runs with the redacted request and the response, and updates the connector", async () => {
    const id = await createTargetConnector({
      auth: { type: "basic", username: "ann", password: PASSWORD },
      headers: [
        { name: "X-Secret", value: SECRET_HEADER, secret: true },
        { name: "X-Plain", value: "plain" },
      ],
      bodyTemplate: '{"hello": "{{name}}"}',
    });
    const tested = await run("test", id, { name: "world" });
    expect(tested.body.ok).toBe(true);
    expect(tested.body.result).toMatchObject({
      status: 201,
      statusText: "201 Created",
      body: '{"accepted":true}',
      error: null,
    });
    expect(tested.body.result.headers["x-target"]).toBe("yes");
    expect(tested.body.request.headers).toMatchObject({
      Authorization: "[redacted]",
      "X-Secret": "[redacted]",
      "X-Plain": "plain",
    });
    expect(tested.body.delivery).toMatchObject({ kind: "test", status: "succeeded", attemptCount: 1, lastStatus: 201 });
    expect(tested.body.delivery.attempts[0]).toMatchObject({
      number: 1,
      succeeded: true,
      request: { method: "POST", url: `${target.url}/hook`, body: '{"hello": "world"}' },
      response: { status: 201, statusText: "201 Created", body: '{"accepted":true}' },
    });

    const executed = await run("execute", id, { name: "again" });
    expect(executed.body.delivery.kind).toBe("manual");

    // The target really got the secrets; nothing stored or returned holds them.
    expect(target.received.at(-1)!.headers["x-secret"]).toBe(SECRET_HEADER);
    const stored = await db().delivery.findMany({ where: { connectorId: id }, include: { attempts: true } });
    expect(stored).toHaveLength(2);
    for (const text of [JSON.stringify(stored), tested.text, executed.text]) {
      expect(text).not.toContain(SECRET_HEADER);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(Buffer.from(`ann:${PASSWORD}`).toString("base64"));
    }
    const connector = await db().connector.findUniqueOrThrow({ where: { id } });
    expect(connector.lastStatus).toBe(201);
    expect(connector.lastSuccessAt).not.toBeNull();
    expect(connector.lastErrorAt).toBeNull();

    const history = await callRoute(historyRoute.GET, `/api/v1/connectors/${id}/history?limit=1`, {
      authorization: viewer,
      params: { id },
    });
    expect(history.status).toBe(200);
    expect(history.body.data.map((delivery: { kind: string }) => delivery.kind)).toEqual(["manual"]);
    const older = await callRoute(
      historyRoute.GET,
      `/api/v1/connectors/${id}/history?limit=1&cursor=${history.body.nextCursor}`,
      {
        authorization: viewer,
        params: { id },
      },
    );
    expect(older.body.data.map((delivery: { kind: string }) => delivery.kind)).toEqual(["test"]);
    expect(older.body.nextCursor).toBeNull();

    const detail = await callRoute(deliveryRoute.GET, "/x", {
      authorization: viewer,
      params: { id: tested.body.delivery.id },
    });
    expect(detail.status).toBe(200);
    expect(detail.body.attempts[0].request.headers.Authorization).toBe("[redacted]");
    expect(detail.text).not.toContain(PASSWORD);
  });

  it("records a failure: status meaning, Retry-After, last error on the connector", async () => {
    const id = await createTargetConnector({ url: `${target.url}/unavailable` });
    const response = await run("execute", id);
    expect(response.body.ok).toBe(false);
    expect(response.body.result).toMatchObject({
      status: 503,
      statusText: "503 Service Unavailable",
      retryAfterSeconds: 120,
      body: "down for maintenance",
      error: { code: "http_503", message: "HTTP 503 Service Unavailable" },
    });
    expect(response.body.delivery).toMatchObject({ status: "failed", lastError: { code: "http_503" } });
    const connector = await db().connector.findUniqueOrThrow({ where: { id } });
    expect(connector.lastStatus).toBe(503);
    expect(connector.lastErrorMessage).toBe("HTTP 503 Service Unavailable");
    expect(connector.lastErrorAt).not.toBeNull();
  });

  it("signs with Standard Webhooks when the connector has a signing secret, and stores the signature redacted", async () => {
    const id = await createTargetConnector({ bodyTemplate: '{"event": "{{type}}"}' });
    const secret = generateSigningSecret();
    await db().connector.update({ where: { id }, data: { signingSecretEnc: encrypt(secret) } });
    const response = await run("execute", id, { type: "lead.created" });
    const received = target.received.at(-1)!;
    const headers = Object.fromEntries(Object.entries(received.headers).map(([name, value]) => [name, String(value)]));
    expect(new Webhook(secret).verify(received.body, headers)).toEqual({ event: "lead.created" });
    expect(received.headers["webhook-id"]).toBe(response.body.delivery.messageId);
    expect(response.body.request.headers["webhook-signature"]).toBe("[redacted]");
    expect(response.text).not.toContain(String(received.headers["webhook-signature"]));
  });

  it("viewers cannot test or execute", async () => {
    const id = await createTargetConnector({});
    expect((await run("test", id, {}, viewer)).status).toBe(403);
    expect((await run("execute", id, {}, viewer)).status).toBe(403);
  });
});

describe("testing an unsaved connector from the form", () => {
  it("sends the typed connector without saving anything", async () => {
    const name = unique("unsaved");
    const before = target.received.length;
    const response = await callRoute(unsavedTestRoute.POST, "/api/v1/connectors/test", {
      body: {
        connector: {
          name,
          url: `${target.url}/form-test`,
          auth: { type: "bearer", token: "typed-token" },
          bodyTemplate: '{"x": {{n}}}',
        },
        variables: { n: 7 },
      },
      authorization: admin,
    });
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ ok: true, delivery: null, result: { status: 201 } });
    expect(target.received.length).toBe(before + 1);
    expect(target.received.at(-1)!).toMatchObject({ url: "/form-test", body: '{"x": 7}' });
    expect(target.received.at(-1)!.headers.authorization).toBe("Bearer typed-token");
    expect(response.text).not.toContain("typed-token");
    expect(await db().connector.count({ where: { name } })).toBe(0);
  });

  it("takes masked secrets from the saved connector being edited", async () => {
    const id = await createTargetConnector({ auth: { type: "bearer", token: "stored-token" } });
    const response = await callRoute(unsavedTestRoute.POST, "/api/v1/connectors/test", {
      body: {
        connectorId: id,
        connector: { url: `${target.url}/edited`, auth: { type: "bearer", token: SECRET_MASK } },
      },
      authorization: admin,
    });
    expect(response.body.ok).toBe(true);
    expect(target.received.at(-1)!.url).toBe("/edited");
    expect(target.received.at(-1)!.headers.authorization).toBe("Bearer stored-token");
  });

  it("answers validation errors with paths under connector", async () => {
    const response = await callRoute(unsavedTestRoute.POST, "/api/v1/connectors/test", {
      body: { connector: { name: "x", url: "not a url" } },
      authorization: admin,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((issue: { path: string }) => issue.path)).toContain("connector.url");
  });
});

describe("logs", () => {
  it("never contain the secrets of a call", async () => {
    const secret = unique("log-secret");
    const id = await createTargetConnector({
      auth: { type: "bearer", token: secret },
      headers: [{ name: "X-Key", value: secret + "-h", secret: true }],
    });
    const lines: string[] = [];
    const writes = [process.stdout.write, process.stderr.write] as const;
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    const previousLevel = process.env.SWITCHBOARD_LOG_LEVEL;
    process.env.SWITCHBOARD_LOG_LEVEL = "debug";
    resetEnvCache();
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    try {
      await run("execute", id, {});
      await callRoute(unsavedTestRoute.POST, "/api/v1/connectors/test", {
        body: { connector: { name: "x", url: "http://127.0.0.1:1/", auth: { type: "bearer", token: secret } } },
        authorization: admin,
      });
    } finally {
      [process.stdout.write, process.stderr.write] = writes;
      process.env.SWITCHBOARD_LOG_LEVEL = previousLevel;
      resetEnvCache();
    }
    expect(lines.join("")).toContain("connector called");
    expect(lines.join("")).not.toContain(secret);
  });
});
