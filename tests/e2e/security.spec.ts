// The browser's side of Switchboard's security promises. A page served from another origin on the same machine
// (another port on 127.0.0.1: "same-site", so the session cookie rides along) tries what a forged request can — an
// auto-submitted text/plain form, credentialed fetches, a logout, framing the Settings page — against the signed-in
// admin, and nothing changes. And every page answers with the security headers and runs under its
// Content-Security-Policy without a single violation.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { seedOneOfEach } from "./support/seed";
import { apiCall, signInAsAdmin } from "./support/session";

let attacker: { url: string; close: () => Promise<void> };
let receiver: HttpTarget;

/** Serves the attacker's pages: `pages[path]` is the HTML answered for that path. */
async function startAttackerSite(pages: Record<string, (appUrl: string) => string>, appUrl: string) {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url ?? "/", "http://x").pathname];
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ? page(appUrl) : "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const stamp = `${Date.now()}-${process.pid}`;
const formKey = `csrf.form.${stamp}`;
const fetchKey = `csrf.fetch.${stamp}`;
const tokenName = `csrf token ${stamp}`;

const attackerPages: Record<string, (app: string) => string> = {
  // The classic: a form can send text/plain whose body reads as JSON, and it navigates the top window with the cookie.
  "/form": (app) => `<!doctype html><body>
    <form id="f" method="POST" enctype="text/plain" action="${app}/api/v1/event-types">
      <input name='{"key":"${formKey}","description":"planted","x":"' value='"}'>
    </form>
    <script>document.getElementById("f").submit()</script></body>`,
  // fetch with the cookie: no-cors simple requests go out without a preflight; the JSON one needs a preflight.
  "/fetch": (app) => `<!doctype html><body><script>
    const attempts = [
      fetch("${app}/api/v1/tokens", { method: "POST", mode: "no-cors", credentials: "include",
        headers: { "content-type": "text/plain" }, body: JSON.stringify({ name: "${tokenName}", role: "admin" }) }),
      fetch("${app}/api/v1/event-types", { method: "POST", mode: "no-cors", credentials: "include",
        body: JSON.stringify({ key: "${fetchKey}", description: "planted" }) }),
      fetch("${app}/api/v1/event-types", { method: "POST", credentials: "include",
        headers: { "content-type": "application/json" }, body: JSON.stringify({ key: "${fetchKey}", description: "planted" }) }),
      fetch("${app}/api/auth/logout", { method: "POST", mode: "no-cors", credentials: "include" }),
    ];
    Promise.allSettled(attempts).then(() => { document.title = "done"; });
  </script></body>`,
  "/frame": (app) =>
    `<!doctype html><body><iframe id="victim" src="${app}/settings" width="800" height="600"></iframe></body>`,
};

test.beforeAll(async ({}, testInfo) => {
  attacker = await startAttackerSite(attackerPages, testInfo.project.use.baseURL!);
  receiver = await startHttpTarget(() => ({ status: 200, body: "ok" }));
});

test.afterAll(async () => {
  await attacker?.close();
  await receiver?.close();
});

async function eventTypeExists(page: Page, key: string) {
  const { data } = await apiCall<{ data: { key: string }[] }>(
    page,
    "GET",
    `/api/v1/event-types?search=${encodeURIComponent(key)}`,
  );
  return data.some((eventType) => eventType.key === key);
}

test("a page on another local origin cannot act as the signed-in admin", async ({ page, baseURL }) => {
  expect(new URL(attacker.url).origin).not.toBe(new URL(baseURL!).origin);

  await test.step("sign in as the admin", async () => {
    await signInAsAdmin(page);
  });

  await test.step("an auto-submitted text/plain form creates nothing", async () => {
    const answer = page.waitForResponse((response) => response.url() === `${baseURL}/api/v1/event-types`);
    await page.goto(`${attacker.url}/form`);
    expect((await answer).status()).toBe(403);
    expect(await eventTypeExists(page, formKey)).toBe(false);
  });

  await test.step("credentialed fetches mint no token, create nothing and do not sign the admin out", async () => {
    await page.goto(`${attacker.url}/fetch`);
    await expect(page).toHaveTitle("done");
    expect(await eventTypeExists(page, fetchKey)).toBe(false);
    const { data: tokens } = await apiCall<{ data: { name: string }[] }>(page, "GET", "/api/v1/tokens");
    expect(tokens.map((token) => token.name)).not.toContain(tokenName);
    expect((await apiCall<{ kind: string }>(page, "GET", "/api/v1/me")).kind).toBe("user");
  });

  await test.step("the signed-in Settings page cannot be framed", async () => {
    const refusals: string[] = [];
    page.on("console", (message) => refusals.push(message.text()));
    await page.goto(`${attacker.url}/frame`);
    const frame = page.frameLocator("#victim");
    await expect.poll(() => refusals.some((text) => /frame-ancestors|X-Frame-Options/.test(text))).toBe(true);
    await expect(frame.getByRole("heading", { name: "Settings" })).toHaveCount(0);
  });

  await test.step("the admin's own pages still write", async () => {
    const key = `csrf.own.${stamp}`;
    await apiCall(page, "POST", "/api/v1/event-types", { key, description: "from the app's own origin" });
    expect(await eventTypeExists(page, key)).toBe(true);
  });
});

const EXPECTED_HEADERS: Record<string, RegExp> = {
  "x-frame-options": /^DENY$/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^same-origin$/,
  "permissions-policy": /camera=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
};

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  for (const [name, pattern] of Object.entries(EXPECTED_HEADERS))
    expect(headers[name], `${what}: ${name}`).toMatch(pattern);
  expect(headers["content-security-policy"], `${what}: CSP`).toContain("frame-ancestors 'none'");
}

test("every page has the security headers and runs under its Content-Security-Policy without a violation", async ({
  page,
  browser,
}) => {
  const violations: string[] = [];
  const watch = (target: Page) => {
    target.on("console", (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text()))
        violations.push(`${target.url()}: ${message.text()}`);
    });
    target.on("pageerror", (error) => violations.push(`${target.url()}: ${error.message}`));
  };
  watch(page);
  const nonces = new Set<string>();

  async function visit(target: Page, path: string, heading: string | RegExp) {
    const response = await target.goto(path);
    expect(response, path).not.toBeNull();
    const headers = response!.headers();
    expectSecurityHeaders(headers, path);
    const policy = headers["content-security-policy"]!;
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, `${path}: a nonce in script-src`).toBeTruthy();
    nonces.add(nonce!);
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("object-src 'none'");
    // Hydrated: a client component answered (the scripts ran under the policy).
    await expect(target.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }

  await test.step("signed out: the sign-in page", async () => {
    const context = await browser.newContext();
    const visitor = await context.newPage();
    watch(visitor);
    await visit(visitor, "/login", "Sign in");
    await visitor.getByLabel("Email").fill("nobody@example.test");
    await visitor.getByLabel("Password").fill("not the password");
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await expect(
      visitor.getByRole("alert").filter({ hasText: "Email or password is incorrect" }).first(),
    ).toBeVisible();
    await context.close();
  });

  await signInAsAdmin(page);

  const ids = await test.step("seed a connector, a trigger, an event and its delivery", async () => {
    const seeded = await seedOneOfEach(page, { stamp, receiver, label: "headers" });
    return {
      connector: seeded.connector.id,
      trigger: seeded.trigger.id,
      event: seeded.event,
      delivery: seeded.delivery,
    };
  });

  await test.step("every dashboard page", async () => {
    const pages: [string, string | RegExp][] = [
      ["/overview", "Overview"],
      ["/connectors", "Connectors"],
      ["/connectors/new", "New connector"],
      [`/connectors/${ids.connector}`, `headers ${stamp}`],
      [`/connectors/${ids.connector}/edit`, `Edit headers ${stamp}`],
      ["/event-types", "Event types"],
      ["/events", "Events"],
      [`/events/${ids.event}`, /headers\.walk/],
      ["/deliveries", "Deliveries"],
      [`/deliveries/${ids.delivery}`, /Delivery/],
      ["/triggers", "Triggers"],
      ["/triggers/new", "New trigger"],
      [`/triggers/${ids.trigger}`, `headers ${stamp}`],
      [`/triggers/${ids.trigger}/edit`, "Edit trigger"],
      ["/app-webhooks", "App webhooks"],
      ["/settings", "Settings"],
      ["/docs/api", "API reference"],
    ];
    for (const [path, heading] of pages) await visit(page, path, heading);
    // Each view had its own nonce.
    expect(nonces.size).toBe(pages.length + 1);
  });

  await test.step("the app's own writes from a page still work under the policy (Settings → create a token)", async () => {
    await page.goto("/settings");
    await page.getByRole("button", { name: "Create token" }).click();
    const dialog = page.getByRole("dialog", { name: "Create API token" });
    await dialog.getByLabel("Name").fill(`headers token ${stamp}`);
    await dialog.getByRole("button", { name: "Create token" }).click();
    await expect(page.getByRole("dialog", { name: "Copy your new API token" })).toBeVisible();
  });

  await test.step("API answers, the inbound receive path and static files carry the headers too", async () => {
    const responses = {
      health: await page.request.get("/api/health"),
      me: await page.request.get("/api/v1/me"),
      openapi: await page.request.get("/api/v1/openapi.json"),
      inbound: await page.request.post("/api/webhook/default/no-such-trigger", { data: { hello: "world" } }),
      icon: await page.request.get("/icon.svg"),
    };
    for (const [what, response] of Object.entries(responses)) {
      expectSecurityHeaders(response.headers(), what);
      expect(response.headers()["content-security-policy"], what).toMatch(/^default-src 'none'/);
    }
    const script = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
    const asset = await page.request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  });

  expect(violations).toEqual([]);
});
