// Browser tests against the production build served by `npm start`'s own script, on a fresh database.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;
const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

// Debian's Chromium where it is installed (CI, this machine); Playwright's own browser elsewhere.
const systemChromium = "/usr/bin/chromium";
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
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
  retries: 0,
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
    { name: "chromium", testIgnore: /skeleton\.spec\.ts/, dependencies: ["skeleton"], use: { ...devices["Desktop Chrome"], launchOptions } },
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
      SWITCHBOARD_ALLOW_PRIVATE: "127.0.0.1,::1,localhost",
      SWITCHBOARD_LOG_LEVEL: "warn",
      SWITCHBOARD_LEASE_MS: "5000",
    },
  },
});
