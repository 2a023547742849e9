// Cross-site request forgery, tried the way a page on another origin would: a browser attaches the session cookie
// to any request to Switchboard's host (SameSite=Lax does not stop a page on another port or subdomain of the same
// site), so every cookie-authenticated write must prove it comes from Switchboard's own pages (Origin, or
// Sec-Fetch-Site when Origin is absent) and carry a JSON body a form cannot send. Header credentials (Bearer
// tokens) cannot be attached by another site, so those calls are unaffected.
import { afterEach, describe, expect, it } from "vitest";
import { POST as logout } from "@/app/api/auth/logout/route";
import { POST as login } from "@/app/api/auth/login/route";
import { POST as createAppWebhook } from "@/app/api/app/webhooks/route";
import { POST as executeCompat } from "@/app/api/execute/route";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as listEventTypes, POST as createEventType } from "@/app/api/v1/event-types/route";
import { POST as createToken } from "@/app/api/v1/tokens/route";
import { DELETE as revokeToken } from "@/app/api/v1/tokens/[id]/route";
import { POST as createCompatWebhook } from "@/app/api/webhooks/route";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { apiToken, routeParams, TEST_PASSWORD, unique, uniqueIp, userWithSession } from "../support/auth-fixtures";

/** The server the tests stand for, and the origin of its own pages. */
const APP = "http://127.0.0.1:3000";
const CROSS_SITE = { code: "forbidden", message: "Cross-site request refused", details: null };

interface Sent {
  method?: string;
  headers: Record<string, string>;
  body?: string;
  url?: string;
}

/** Exactly the headers given, nothing added: what a browser or an attacker's page would send. */
const raw = (path: string, { method = "POST", headers, body, url = APP }: Sent) =>
  new Request(`${url}${path}`, { method, headers, body });

const newEventType = () => JSON.stringify({ key: `${unique("csrf")}.created`, description: "planted by another site" });
const eventTypeCount = async (body: string) =>
  db().eventType.count({ where: { key: (JSON.parse(body) as { key: string }).key } });

function withEnv(values: Record<string, string | undefined>) {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  for (const [name, value] of Object.entries(values)) if (value === undefined) delete process.env[name];
  resetEnvCache();
  restore.push(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetEnvCache();
  });
}
const restore: (() => void)[] = [];
afterEach(() => {
  while (restore.length) restore.pop()!();
});

describe("cookie-authenticated writes from another origin are refused", () => {
  const refused: { name: string; headers: Record<string, string> }[] = [
    { name: "another port on the same host (same site)", headers: { origin: "http://127.0.0.1:3001" } },
    { name: "another site", headers: { origin: "https://attacker.example" } },
    { name: "a subdomain", headers: { origin: "http://evil.127.0.0.1.nip.io:3000" } },
    { name: "an opaque origin (sandboxed frame, data: URL)", headers: { origin: "null" } },
    { name: "a malformed Origin", headers: { origin: "http://[" } },
    { name: "no Origin and no Sec-Fetch-Site", headers: {} },
    { name: "no Origin, Sec-Fetch-Site: same-site", headers: { "sec-fetch-site": "same-site" } },
    { name: "no Origin, Sec-Fetch-Site: cross-site", headers: { "sec-fetch-site": "cross-site" } },
    {
      name: "a foreign Origin with Sec-Fetch-Site: same-origin",
      headers: { origin: "http://127.0.0.1:3001", "sec-fetch-site": "same-origin" },
    },
  ];

  it.each(refused)("$name → 403 and nothing is created", async ({ headers }) => {
    const admin = await userWithSession("admin");
    const body = newEventType();
    const response = await createEventType(
      raw("/api/v1/event-types", {
        headers: { cookie: admin.cookie, "content-type": "application/json", ...headers },
        body,
      }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: CROSS_SITE });
    expect(await eventTypeCount(body)).toBe(0);
  });

  it("an admin token cannot be minted with the admin's cookie from another port", async () => {
    const admin = await userWithSession("admin");
    const name = unique("csrf-token");
    const response = await createToken(
      raw("/api/v1/tokens", {
        headers: { cookie: admin.cookie, origin: "http://127.0.0.1:3001", "content-type": "text/plain" },
        body: JSON.stringify({ name, role: "admin" }),
      }),
    );
    expect(response.status).toBe(403);
    expect(await db().apiToken.count({ where: { name } })).toBe(0);
  });

  it("a DELETE from another origin leaves the token active", async () => {
    const admin = await userWithSession("admin");
    const victim = await apiToken("viewer");
    const response = await revokeToken(
      raw(`/api/v1/tokens/${victim.record.id}`, {
        method: "DELETE",
        headers: { cookie: admin.cookie, origin: "https://attacker.example", "content-type": "application/json" },
      }),
      routeParams({ id: victim.record.id }),
    );
    expect(response.status).toBe(403);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: victim.record.id } })).revokedAt).toBeNull();
  });

  it("logout from another origin keeps the session", async () => {
    const admin = await userWithSession("admin");
    const response = await logout(
      raw("/api/auth/logout", {
        headers: { cookie: admin.cookie, origin: "http://127.0.0.1:3001", "content-type": "application/json" },
      }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect((await me(raw("/api/v1/me", { method: "GET", headers: { cookie: admin.cookie } }))).status).toBe(200);
  });

  it("sign-in from another origin is refused (no login CSRF), and from the app's own origin works", async () => {
    const user = await userWithSession("viewer");
    const credentials = JSON.stringify({ email: user.user.email, password: TEST_PASSWORD });
    const ip = uniqueIp();
    const foreign = await login(
      raw("/api/auth/login", {
        headers: { origin: "http://127.0.0.1:3001", "content-type": "application/json", "x-forwarded-for": ip },
        body: credentials,
      }),
    );
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ error: CROSS_SITE });
    expect(foreign.headers.get("set-cookie")).toBeNull();

    const own = await login(
      raw("/api/auth/login", {
        headers: { origin: APP, "content-type": "application/json", "x-forwarded-for": ip },
        body: credentials,
      }),
    );
    expect(own.status).toBe(200);
    expect(own.headers.get("set-cookie")).toMatch(/^sb_session=/);
  });

  it.each([
    {
      name: "POST /api/webhooks",
      handler: createCompatWebhook,
      path: "/api/webhooks",
      body: { name: "x", url: "https://example.com/hook" },
    },
    {
      name: "POST /api/execute",
      handler: executeCompat,
      path: "/api/execute",
      body: { url: "http://127.0.0.1:9/", method: "GET" },
    },
    {
      name: "POST /api/app/webhooks",
      handler: createAppWebhook,
      path: "/api/app/webhooks",
      body: { action: "x", props: {} },
    },
  ])("compatibility route $name refuses another origin too", async ({ handler, path, body }) => {
    const admin = await userWithSession("admin");
    const response = await handler(
      raw(path, {
        headers: { cookie: admin.cookie, origin: "http://127.0.0.1:3001", "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: CROSS_SITE });
  });
});

describe("cookie-authenticated writes need a JSON body", () => {
  it.each([
    { name: "text/plain (what a form or a no-cors fetch sends) holding JSON", type: "text/plain" },
    { name: "text/plain;charset=UTF-8", type: "text/plain;charset=UTF-8" },
    { name: "a urlencoded form", type: "application/x-www-form-urlencoded" },
    { name: "multipart form data", type: "multipart/form-data; boundary=x" },
    { name: "no Content-Type", type: null },
    { name: "a look-alike type", type: "application/jsonp" },
    { name: "a JSON suffix on text", type: "text/plain+json" },
  ])("$name from the app's own origin → 415, not parsed", async ({ type }) => {
    const admin = await userWithSession("admin");
    const body = newEventType();
    const headers: Record<string, string> = { cookie: admin.cookie, origin: APP };
    if (type) headers["content-type"] = type;
    const response = await createEventType(raw("/api/v1/event-types", { headers, body }));
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({
      error: {
        code: "unsupported_media_type",
        message: "Send the body as JSON with Content-Type: application/json",
        details: null,
      },
    });
    expect(await eventTypeCount(body)).toBe(0);
  });
});

describe("the app's own pages and API clients keep working", () => {
  const accepted: { name: string; headers: Record<string, string>; url?: string; env?: Record<string, string> }[] = [
    { name: "Origin equal to the request's own origin", headers: { origin: APP } },
    { name: "no Origin but Sec-Fetch-Site: same-origin", headers: { "sec-fetch-site": "same-origin" } },
    {
      name: "Origin matching the Host header",
      url: "http://10.0.0.5:3000",
      headers: { host: "switchboard.internal:8080", origin: "http://switchboard.internal:8080" },
    },
    {
      name: "Origin equal to SWITCHBOARD_PUBLIC_URL (behind a TLS proxy)",
      headers: { origin: "https://hooks.example.com" },
      env: { SWITCHBOARD_PUBLIC_URL: "https://hooks.example.com/base" },
    },
    {
      name: "Origin listed in SWITCHBOARD_TRUSTED_ORIGINS",
      headers: { origin: "https://admin.example.com:8443" },
      env: { SWITCHBOARD_TRUSTED_ORIGINS: "https://other.example.com, https://admin.example.com:8443" },
    },
    {
      name: "Origin matching X-Forwarded-Host from a declared proxy",
      headers: { origin: "https://hooks.example.org", "x-forwarded-host": "hooks.example.org" },
      env: { SWITCHBOARD_TRUST_PROXY: "true" },
    },
  ];

  it.each(accepted)("$name → 201", async ({ headers, url, env }) => {
    if (env) withEnv(env);
    const admin = await userWithSession("admin");
    const body = newEventType();
    const response = await createEventType(
      raw("/api/v1/event-types", {
        url,
        headers: { cookie: admin.cookie, "content-type": "application/json; charset=utf-8", ...headers },
        body,
      }),
    );
    expect(response.status).toBe(201);
    expect(await eventTypeCount(body)).toBe(1);
  });

  it("X-Forwarded-Host is ignored unless the operator declared a proxy", async () => {
    withEnv({ SWITCHBOARD_TRUST_PROXY: "false" });
    const admin = await userWithSession("admin");
    const response = await createEventType(
      raw("/api/v1/event-types", {
        headers: {
          cookie: admin.cookie,
          "content-type": "application/json",
          origin: "https://hooks.example.org",
          "x-forwarded-host": "hooks.example.org",
        },
        body: newEventType(),
      }),
    );
    expect(response.status).toBe(403);
  });

  it("with secure cookies (https) an http Origin on the same host is refused", async () => {
    withEnv({ SWITCHBOARD_SECURE_COOKIES: "true" });
    const admin = await userWithSession("admin");
    const send = (origin: string) =>
      createEventType(
        raw("/api/v1/event-types", {
          url: "http://hooks.example.net",
          headers: { cookie: admin.cookie, host: "hooks.example.net", "content-type": "application/json", origin },
          body: newEventType(),
        }),
      );
    expect((await send("http://hooks.example.net")).status).toBe(403);
    expect((await send("https://hooks.example.net")).status).toBe(201);
  });

  it("an invalid SWITCHBOARD_TRUSTED_ORIGINS entry stops start-up with a message naming it", async () => {
    withEnv({ SWITCHBOARD_TRUSTED_ORIGINS: "https://ok.example.com, not a url" });
    const { env } = await import("@/lib/env");
    expect(() => env()).toThrow(/SWITCHBOARD_TRUSTED_ORIGINS/);
  });

  it("reads with the cookie from anywhere still answer (a page on another site cannot read the answer)", async () => {
    const admin = await userWithSession("admin");
    const response = await listEventTypes(
      raw("/api/v1/event-types", {
        method: "GET",
        headers: { cookie: admin.cookie, origin: "https://attacker.example" },
      }),
    );
    expect(response.status).toBe(200);
  });
});

describe("Bearer-token calls are unaffected", () => {
  it("a token call with a foreign Origin still works (its body must be JSON, as for every API caller)", async () => {
    const admin = await apiToken("admin");
    const body = newEventType();
    const response = await createEventType(
      raw("/api/v1/event-types", {
        headers: {
          authorization: admin.authorization,
          origin: "https://attacker.example",
          "content-type": "application/json",
        },
        body,
      }),
    );
    expect(response.status).toBe(201);
    expect(await eventTypeCount(body)).toBe(1);
    // The JSON rule is the body reader's (lib/api/read-json-body.ts), not the cross-site check's: a 415, never a 403.
    const plain = newEventType();
    const refused = await createEventType(
      raw("/api/v1/event-types", {
        headers: {
          authorization: admin.authorization,
          origin: "https://attacker.example",
          "content-type": "text/plain",
        },
        body: plain,
      }),
    );
    expect(refused.status).toBe(415);
    expect(await eventTypeCount(plain)).toBe(0);
  });

  it("a token call with no Origin and a session cookie beside it is judged by the token", async () => {
    const admin = await apiToken("admin");
    const viewer = await userWithSession("viewer");
    const body = newEventType();
    const response = await createEventType(
      raw("/api/v1/event-types", {
        headers: { authorization: admin.authorization, cookie: viewer.cookie, "content-type": "application/json" },
        body,
      }),
    );
    expect(response.status).toBe(201);
  });

  it("without any credential the answer stays 401, whatever the Origin", async () => {
    const response = await createEventType(
      raw("/api/v1/event-types", {
        headers: { origin: "https://attacker.example", "content-type": "text/plain" },
        body: newEventType(),
      }),
    );
    expect(response.status).toBe(401);
  });
});
