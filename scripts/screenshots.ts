// npm run screenshots: every page in light and dark, desktop and phone, into playwright-report/screenshots (an HTML
// report: open it with `npx playwright show-report playwright-report/screenshots`). Like `npm test`, each run gets a
// fresh database (on DATABASE_URL's server, else an embedded PostgreSQL in .data/screenshots), so the setup page is
// pictured and the pages show only the seeded workspace. Extra arguments go to Playwright (e.g. `-g "dark · phone"`).
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "../lib/env";
import { assertLocalDatabase } from "../tests/setup/test-database";
import { exitIfEmbeddedFailed } from "./lib/bootstrap";
import { startEmbeddedPostgres } from "./lib/database";

const root = path.resolve(import.meta.dirname, "..");

async function databaseServer(): Promise<{ base: string; stop: () => Promise<void> }> {
  const configured = env().DATABASE_URL;
  if (configured) {
    assertLocalDatabase(configured);
    return { base: configured, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(
    path.join(root, ".data", "screenshots"),
    54323,
    (message) => console.log(`[screenshots] ${message}`),
    "switchboard_screenshots",
  ).catch(exitIfEmbeddedFailed);
  return { base: server.url, stop: server.stop };
}

const server = await databaseServer();
const database = new URL(server.base);
const name = decodeURIComponent(database.pathname.slice(1)) || "switchboard";
database.pathname = `/${name}_shots_${Date.now().toString(36)}`;

const code = await new Promise<number>((resolve) => {
  const child = spawn(
    path.join(root, "node_modules", ".bin", "playwright"),
    ["test", "--config", "playwright.screenshots.config.ts", ...process.argv.slice(2)],
    { cwd: root, stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: database.toString() } },
  );
  child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
await server.stop().catch(() => {});
console.log(`\n[screenshots] report: npx playwright show-report ${path.join("playwright-report", "screenshots")}`);
process.exit(code);
