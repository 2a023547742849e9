// Browser tests against the production build served by `npm start`'s own script, on a fresh database.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SYSTEM_CHROMIUM } from "./tests/e2e/support/browser";

// Two runs side by side (two checkouts, or two runs in one) must not share a port: unless E2E_PORT says which, the
// server and its embedded database (when there is no DATABASE_URL) get free ports, picked once here and handed to
// Playwright's worker processes through the environment they inherit.
if (!process.env.E2E_PORT || !process.env.E2E_DB_PORT) {
  const [appPort, databasePort] = freePorts();
  process.env.E2E_PORT ||= String(appPort);
  process.env.E2E_DB_PORT ||= String(databasePort);
}
const PORT = Number(process.env.E2E_PORT);
export const baseURL = `http://127.0.0.1:${PORT}`;
const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  // In CI a journey that fails is run once more and, if it then passes, reported as flaky by name in the summary
  // (scripts/test.ts): CI runs the whole suite once on a shared machine, where a browser timing out once should be
  // seen and fixed, not sink every other result. Locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    // The skeleton journey starts on a fresh install (the setup page), so it runs before every other spec; those
    // sign in as the administrator it creates (tests/e2e/support/session.ts), or create it when run on their own.
    { name: "skeleton", testMatch: /skeleton\.spec\.ts/, use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "chromium",
      testIgnore: /skeleton\.spec\.ts/,
      dependencies: ["skeleton"],
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      SWITCHBOARD_DATA_DIR: ".data/e2e",
      SWITCHBOARD_EMBEDDED_DB_PORT: process.env.E2E_DB_PORT!,
      SWITCHBOARD_ALLOW_PRIVATE: "127.0.0.1,::1,localhost",
      SWITCHBOARD_LOG_LEVEL: "warn",
      SWITCHBOARD_LEASE_MS: "5000",
    },
  },
});

/** Two ports free right now on 127.0.0.1 (the config is synchronous, so a child process asks the kernel). */
function freePorts(): [number, number] {
  const script = `const net = require("node:net");
    const a = net.createServer().listen(0, "127.0.0.1", () => {
      const b = net.createServer().listen(0, "127.0.0.1", () => {
        process.stdout.write(a.address().port + " " + b.address().port);
        a.close(); b.close();
      });
    });`;
  const [first, second] = execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).split(" ").map(Number);
  return [first!, second!];
}
