// npm test: typecheck, lint and format check, unit and API tests (Vitest, real PostgreSQL), then browser tests (Playwright,
// Chromium) against the production build. Without DATABASE_URL an embedded PostgreSQL in .data/test-postgres is
// used; either way every run gets fresh databases, so runs never see each other's data.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { assertLocalDatabase } from "../tests/setup/test-database";
import { exitIfEmbeddedFailed } from "./lib/bootstrap";
import { startEmbeddedPostgres } from "./lib/database";
import { SYSTEM_CHROMIUM } from "../tests/e2e/support/browser";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const log = (message: string) => console.log(`\n[test] ${message}`);
const startedAt = Date.now();

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...extraEnv } });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function serverUrl(): Promise<{ base: string; stop: () => Promise<void> }> {
  const configured = env().DATABASE_URL;
  if (configured) {
    assertLocalDatabase(configured);
    return { base: configured, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(
    path.join(root, ".data", "test"),
    54321,
    (message) => log(message),
    "switchboard_test",
  ).catch(exitIfEmbeddedFailed);
  return { base: server.url, stop: server.stop };
}

function withDatabase(url: string, suffix: string): string {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1)) || "switchboard_test";
  parsed.pathname = `/${name}_${suffix}`;
  return parsed.toString();
}

/**
 * The browser tests need Debian's Chromium (playwright.config.ts prefers it) or Playwright's own; without either,
 * install Playwright's, once, rather than fail every journey.
 */
async function browserReady(): Promise<boolean> {
  const { chromium } = await import("@playwright/test");
  if (existsSync(SYSTEM_CHROMIUM) || existsSync(chromium.executablePath())) return true;
  log("no Chromium found: installing Playwright's (npx playwright install chromium)");
  return (await run(bin("playwright"), ["install", "chromium"])) === 0 && existsSync(chromium.executablePath());
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}
interface PlaywrightSuite {
  title: string;
  specs?: { title: string; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
}
interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PlaywrightSuite[];
}

/** The journeys that passed only on their retry (CI): named, so they get fixed rather than forgotten. */
function flakyJourneys(suites: PlaywrightSuite[] = [], file = ""): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === "flaky"))
      .map((spec) => `${file || suite.title} › ${spec.title}`),
    ...flakyJourneys(suite.suites, file || suite.title),
  ]);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

const server = await serverUrl();
const runId = `${Date.now().toString(36)}`;
const apiDatabase = withDatabase(server.base, `api_${runId}`);
const e2eDatabase = withDatabase(server.base, `e2e_${runId}`);
// Not test-results/: Playwright empties that folder when it starts.
const resultsDir = path.join(root, "test-reports");
rmSync(path.join(resultsDir, "vitest.json"), { force: true });
rmSync(path.join(resultsDir, "playwright.json"), { force: true });

const failures: string[] = [];
const step = async (name: string, command: string, args: string[], extraEnv?: Record<string, string>) => {
  log(name);
  const code = await run(command, args, extraEnv);
  if (code !== 0) failures.push(name);
};

await step("typecheck", bin("tsc"), ["--noEmit"]);
await step("lint", bin("eslint"), ["--max-warnings=0", "."]);
await step("format check (prettier)", bin("prettier"), ["--check", "--log-level=warn", "."]);
await step(
  "unit and API tests (vitest)",
  bin("vitest"),
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(resultsDir, "vitest.json")}`],
  { TEST_DATABASE_URL: apiDatabase },
);
if (await browserReady()) {
  await step("browser tests (playwright)", bin("playwright"), ["test"], { TEST_DATABASE_URL: e2eDatabase });
} else {
  console.log(
    "\n[test] browser tests NOT run: no Chromium here. Run `npx playwright install chromium` (or `apt-get install chromium`), then `npm test` again.",
  );
  failures.push("browser tests (no Chromium)");
}

await server.stop().catch(() => {});

const vitest = readJson<VitestJson>(path.join(resultsDir, "vitest.json"));
const playwright = readJson<PlaywrightJson>(path.join(resultsDir, "playwright.json"));
const passed = (vitest?.numPassedTests ?? 0) + (playwright ? playwright.stats.expected + playwright.stats.flaky : 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats.skipped ?? 0);
log(
  `finished in ${((Date.now() - startedAt) / 1000).toFixed(0)} s${failures.length ? `; failed steps: ${failures.join(", ")}` : ""}`,
);
for (const journey of flakyJourneys(playwright?.suites)) log(`FLAKY (failed once, passed on its retry): ${journey}`);
console.log(
  `${passed} passed, ${failed + (failures.length && !failed ? failures.length : 0)} failed, ${skipped} skipped`,
);
process.exit(failures.length ? 1 : 0);
