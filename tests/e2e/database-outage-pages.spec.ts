// Dashboard pages through a real database outage: the production server (`npm start`'s own script) runs on a
// PostgreSQL this spec owns (the project's embedded launcher, on a free port; never the shared one), which is
// stopped and started again. While it is down, every page answers 503 with Retry-After and a readable page (no
// stack, no Prisma text), not Next's generic 500; once it is back, the page a browser was left on reloads itself.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, startServerProcess, type ServerProcess } from "./support/server-process";

const admin = { email: "outage-admin@example.test", password: "correct horse battery staple" };

let dataDir: string;
let database: { stop: () => Promise<void> } | null = null;
let startDatabase: () => Promise<void>;
let server: ServerProcess | null = null;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "switchboard-page-outage-"));
  // As root the launcher runs PostgreSQL as the "postgres" user, who must reach this folder.
  chmodSync(dataDir, 0o755);
  const databasePort = await freePort();
  const { locateCluster, runEmbeddedPostgres } = await import("../../scripts/lib/embedded-postgres");
  const cluster = await locateCluster(dataDir);
  startDatabase = async () => {
    database = await runEmbeddedPostgres(cluster, { port: databasePort, password: "outage", log: () => {} });
  };
  await startDatabase();

  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startServerProcess(
    {
      DATABASE_URL: `postgresql://postgres:outage@127.0.0.1:${databasePort}/switchboard_page_outage`,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      SWITCHBOARD_DATA_DIR: path.join(dataDir, "app"),
      SWITCHBOARD_SECRET_KEY: "0".repeat(63) + "3",
      SWITCHBOARD_WORKERS: "0",
      SWITCHBOARD_ADMIN_EMAIL: admin.email,
      SWITCHBOARD_ADMIN_PASSWORD: admin.password,
      SWITCHBOARD_DB_CONNECT_TIMEOUT_MS: "2000",
      SWITCHBOARD_LOG_LEVEL: "warn",
    },
    280_000,
  );
});

test.afterAll(async () => {
  await server?.stop();
  await database?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("pages answer a readable 503 while the database is down and come back by themselves", async ({ page }) => {
  test.setTimeout(180_000);
  const signedIn = await page.request.post(`${base}/api/auth/login`, { data: admin, headers: { origin: base } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  await page.goto(`${base}/overview`);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  const cookie = (await page.context().cookies(base)).map(({ name, value }) => `${name}=${value}`).join("; ");

  await test.step("the database stops: every page answers 503, readable, with nothing internal", async () => {
    const logBefore = server!.output().length;
    await database!.stop();
    database = null;
    for (const [pagePath, headers] of [
      ["/overview", { cookie }],
      ["/settings", { cookie }],
      ["/app-webhooks", { cookie }],
      ["/login", {}],
      ["/setup", {}],
      ["/", {}],
    ] as const) {
      const answer = await fetch(`${base}${pagePath}`, { headers, redirect: "manual" });
      const body = await answer.text();
      expect(answer.status, `${pagePath}: ${body.slice(0, 300)}`).toBe(503);
      expect(Number(answer.headers.get("retry-after")), pagePath).toBeGreaterThan(0);
      expect(answer.headers.get("content-type"), pagePath).toMatch(/^text\/html/);
      expect(body, pagePath).toContain("Switchboard cannot reach its database");
      expect(body, pagePath).not.toMatch(
        /prisma|invocation|ECONNREFUSED|\bat .+:\d+:\d+|Internal Server Error|127\.0\.0\.1/i,
      );
    }
    // The server says so once for the whole outage, not a stack per page view.
    const logged = server!.output().slice(logBefore);
    expect(logged.match(/database unavailable/g) ?? [], logged).toHaveLength(1);
    expect(logged).not.toMatch(/^\s+at \S/m);
  });

  await test.step("a browser left on a page during the outage shows why, then the page once the database is back", async () => {
    await page.goto(`${base}/overview`);
    await expect(page.getByText("Switchboard cannot reach its database")).toBeVisible();
    await startDatabase();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible({ timeout: 60_000 });
    const login = await fetch(`${base}/login`, { redirect: "manual" });
    expect(login.status).toBe(200);
  });
});
