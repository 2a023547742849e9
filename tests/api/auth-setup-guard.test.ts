// Who may claim a fresh instance, on a database of its own (the shared test database already has users): never a
// page on another origin, and — where others can reach the server — only someone holding the setup code that
// `npm start` prints in its console. Every refusal leaves the instance without a user.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as setup } from "@/app/api/auth/setup/route";
import { setupCode, setupCodeAnnouncement } from "@/lib/auth/setup-code";
import { dropDatabase } from "@/lib/db/migrate";
import { db, disconnectDb } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { prepareTestDatabase } from "../setup/test-database";
import { TEST_PASSWORD } from "../support/auth-fixtures";

const sharedUrl = process.env.DATABASE_URL!;
const freshUrl = (() => {
  const url = new URL(sharedUrl);
  url.pathname = `${url.pathname}_setup_guard_${Date.now()}_${process.pid}`;
  return url.toString();
})();
const savedEnv = { HOSTNAME: process.env.HOSTNAME, SWITCHBOARD_TRUST_PROXY: process.env.SWITCHBOARD_TRUST_PROXY };

function serve(env: { HOSTNAME: string; SWITCHBOARD_TRUST_PROXY?: string }) {
  process.env.HOSTNAME = env.HOSTNAME;
  process.env.SWITCHBOARD_TRUST_PROXY = env.SWITCHBOARD_TRUST_PROXY ?? "false";
  resetEnvCache();
}

beforeAll(async () => {
  await prepareTestDatabase(freshUrl);
  await disconnectDb();
  process.env.DATABASE_URL = freshUrl;
  resetEnvCache();
});

afterEach(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
});

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = sharedUrl;
  resetEnvCache();
  await dropDatabase(freshUrl);
});

const admin = { email: "claimer@example.test", password: TEST_PASSWORD };

/** A setup call as a browser sends it to `host`, from a page on `origin`. */
function setupRequest({
  host,
  origin,
  body = admin,
  contentType = "application/json",
}: {
  host: string;
  origin: string | null;
  body?: object;
  contentType?: string;
}) {
  const headers: Record<string, string> = { host, "content-type": contentType };
  if (origin) headers.origin = origin;
  return new Request(`http://${host}/api/auth/setup`, { method: "POST", headers, body: JSON.stringify(body) });
}

const codeRefusal = (message: string) => ({
  error: { code: "forbidden", message, details: [{ path: "setupCode", message }] },
});
const MISSING = "Enter the setup code printed in the server's console";
const WRONG = "That is not the setup code printed in the server's console";

describe("first-admin setup", () => {
  it("is refused to a page on another origin, even on a loopback-only server", async () => {
    serve({ HOSTNAME: "127.0.0.1" });
    for (const origin of ["http://127.0.0.1:3001", "https://attacker.example", "null"]) {
      const response = await setup(setupRequest({ host: "127.0.0.1:3000", origin }));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: "forbidden", message: "Cross-site request refused", details: null },
      });
    }
    const noOrigin = await setup(setupRequest({ host: "127.0.0.1:3000", origin: null }));
    expect(noOrigin.status).toBe(403);
    expect(await db().user.count()).toBe(0);
  });

  it("takes no text/plain body (what a cross-origin form can send)", async () => {
    serve({ HOSTNAME: "127.0.0.1" });
    const response = await setup(
      setupRequest({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", contentType: "text/plain" }),
    );
    expect(response.status).toBe(415);
    expect(await db().user.count()).toBe(0);
  });

  it.each([
    {
      name: "the server listens on every interface (the default 0.0.0.0)",
      env: { HOSTNAME: "0.0.0.0" },
      host: "127.0.0.1:3000",
    },
    { name: "the server listens on a public address", env: { HOSTNAME: "203.0.113.7" }, host: "203.0.113.7:3000" },
    {
      name: "a reverse proxy is declared in front",
      env: { HOSTNAME: "127.0.0.1", SWITCHBOARD_TRUST_PROXY: "true" },
      host: "localhost:3000",
    },
    {
      name: "a loopback server is reached under another name (DNS rebinding, a proxy)",
      env: { HOSTNAME: "127.0.0.1" },
      host: "rebound.attacker.example:3000",
    },
  ])("needs the setup code when $name", async ({ env, host }) => {
    serve(env);
    const origin = `http://${host}`;
    const missing = await setup(setupRequest({ host, origin }));
    expect(missing.status).toBe(403);
    expect(await missing.json()).toEqual(codeRefusal(MISSING));

    const wrong = await setup(setupRequest({ host, origin, body: { ...admin, setupCode: "AAAA-BBBB-CCCC-DDDD" } }));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual(codeRefusal(WRONG));
    expect(await db().user.count()).toBe(0);
  });

  it("announces the code at start while setup is open", async () => {
    serve({ HOSTNAME: "0.0.0.0" });
    const code = await setupCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(await setupCode()).toBe(code);
    expect(await setupCodeAnnouncement("http://localhost:3000")).toBe(
      `no administrator yet: create one at http://localhost:3000/setup with the setup code ${code}`,
    );
  });

  it("with the printed code (typed in lower case, spaced) the first admin is created, and the code then opens nothing", async () => {
    serve({ HOSTNAME: "0.0.0.0" });
    const code = await setupCode();
    const typed = code.toLowerCase().replace(/-/g, " ");
    const host = "switchboard.example.net:3000";
    const response = await setup(
      setupRequest({ host, origin: `http://${host}`, body: { ...admin, setupCode: typed } }),
    );
    expect(response.status).toBe(201);
    expect((await response.json()).user).toMatchObject({ email: admin.email, role: "admin" });

    const again = await setup(
      setupRequest({
        host,
        origin: `http://${host}`,
        body: { email: "second@example.test", password: TEST_PASSWORD, setupCode: code },
      }),
    );
    expect(again.status).toBe(403);
    expect((await again.json()).error.message).toBe("Setup is already complete: sign in instead");
    expect(await db().user.count()).toBe(1);
    expect(await setupCodeAnnouncement("http://localhost:3000")).toBeNull();
  });
});
