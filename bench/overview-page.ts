// npm run bench:overview-page [-- --events 100000 --runs 10]: the Overview page as a signed-in browser meets it
// with a cold cache, against the production server (`npm start`'s own script, which builds first when the sources
// changed) on a fresh database filled by scripts/seed-volume.ts (two deliveries per event). Each run is a new
// Chromium context (no HTTP cache, no service worker) opening /overview; the page records, from the start of the
// navigation:
//   ttfb       the first byte of the HTML (the shell: header, navigation, the tiles' placeholder)
//   tiles      the stat tiles in the document (streamed with the HTML once the server has read the figures)
//   charts     the first chart drawn (client-side, after the scripts loaded and hydrated)
// and, to see what dominates, the server-side data time (getOverview in this process, same range, same database)
// and the scripts the page downloaded. Figures depend on the machine's load: the load average is written with them.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { resetEnvCache } from "../lib/env";
import { benchDatabase } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { root, startChild } from "./lib/processes";
import { percentile, writeResults } from "./lib/write-results";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "100000" },
    runs: { type: "string", default: "10" },
    port: { type: "string", default: "3921" },
    /** A database seeded by an earlier run (kept, not dropped): skips the minutes of seeding when iterating. */
    reuse: { type: "string" },
    /** Writes the server's CPU profile to this folder (node --cpu-prof), to see where its time goes. */
    "cpu-prof": { type: "string" },
  },
});
const events = Number(values.events);
const runs = Number(values.runs);
const port = values.port!;
const log = (message: string) => console.log(`[bench:overview-page] ${message}`);
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

const database = values.reuse ? { url: values.reuse, stop: async () => {} } : await benchDatabase("overview_page", log);
process.env.DATABASE_URL = database.url;
// This process seeds and builds the first rollup: neither is measured, and both outlast 30 s on a busy machine.
process.env.SWITCHBOARD_DB_STATEMENT_TIMEOUT_MS = "3600000";
resetEnvCache();
const { createUser } = await import("../lib/auth/users");
const { createSession, SESSION_COOKIE } = await import("../lib/auth/sessions");
const { getOverview } = await import("../lib/overview/get-overview");
const { defaultWorkspaceId } = await import("../lib/workspaces/default-workspace");
const { disconnectDb } = await import("../lib/db");
const { closePool } = await import("../lib/db/pool");

if (!values.reuse) {
  log(`seeding ${events} events (${events * 2} deliveries)…`);
  execFileSync(process.execPath, ["--import", "tsx", "scripts/seed-volume.ts", String(events * 2)], {
    cwd: root,
    // A chunk of 200,000 rows with the search indexes to maintain outlasts the app's 30 s statement limit on a busy
    // machine; seeding is not what is measured.
    env: { ...process.env, DATABASE_URL: database.url, SWITCHBOARD_DB_STATEMENT_TIMEOUT_MS: "3600000" },
    stdio: "inherit",
  });
}
const user = await createUser({
  email: `bench-${Date.now()}@example.test`,
  password: "correct horse battery staple",
  role: "admin",
});
const session = await createSession(user.id, {});
const workspaceId = await defaultWorkspaceId();
// The first overview after seeding folds every seeded delivery into the rollups once (an upgraded install does the
// same once); done here, timed apart, so the page loads measure the steady state.
const rollupStarted = performance.now();
await getOverview(workspaceId, "24h");
const firstRollupMs = Math.round(performance.now() - rollupStarted);
log(`first rollup: ${firstRollupMs} ms`);

const app = await startChild(
  "scripts/start.ts",
  [],
  {
    DATABASE_URL: database.url,
    PORT: port,
    HOSTNAME: "127.0.0.1",
    SWITCHBOARD_WORKERS: "0",
    SWITCHBOARD_LOG_LEVEL: "warn",
  },
  "ready on",
  900_000,
  values["cpu-prof"] ? ["--cpu-prof", "--cpu-prof-dir", values["cpu-prof"]] : [],
);
const baseUrl = `http://127.0.0.1:${port}`;

interface Marks {
  ttfb: number;
  tiles: number;
  charts: number;
  fcp: number | null;
  domContentLoaded: number;
  load: number;
  scriptBytes: number;
  scripts: number;
}

const browser = await chromium.launch({
  executablePath: SYSTEM_CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});

/**
 * identity: asks for uncompressed answers, so the server spends no time compressing the scripts it sends (Next.js
 * gzips every /_next/static file again on every request); compared with the normal load in the same run.
 */
async function coldLoad(encoding: "normal" | "identity" = "normal"): Promise<Marks> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    ...(encoding === "identity" ? { extraHTTPHeaders: { "accept-encoding": "identity" } } : {}),
  });
  await context.addCookies([{ name: SESSION_COOKIE, value: session.token, url: baseUrl }]);
  const page = await context.newPage();
  // Before any of the page's own scripts: note when the tiles and the first chart enter the document.
  // As text: tsx compiles a function argument with esbuild's name helpers (__name), which the page does not have.
  await page.addInitScript(`(() => {
    const marks = {};
    window.__marks = marks;
    const check = () => {
      if (marks.tiles === undefined) {
        const tile = [...document.querySelectorAll("dt")].find((node) => node.textContent === "Events received");
        if (tile) marks.tiles = performance.now();
      }
      if (marks.charts === undefined && document.querySelector("svg.recharts-surface")) {
        marks.charts = performance.now();
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();`);
  await page.goto(`${baseUrl}/overview`, { waitUntil: "load", timeout: 120_000 });
  try {
    await page.waitForFunction(
      (name) => (window as unknown as { __marks: Record<string, number> }).__marks[name] !== undefined,
      "tiles",
      { timeout: 60_000 },
    );
    // Charts are drawn once the scripts ran; an empty range draws none, so they are waited for, not required.
    await page
      .waitForFunction(
        (name) => (window as unknown as { __marks: Record<string, number> }).__marks[name] !== undefined,
        "charts",
        { timeout: 30_000 },
      )
      .catch(() => {});
  } catch (error) {
    const text = await page
      .locator("body")
      .innerText()
      .catch(() => "");
    throw new Error(`no tiles on ${page.url()}: ${text.slice(0, 400)}`, { cause: error });
  }
  const marks = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (entry) => entry.initiatorType === "script",
    );
    const own = (window as unknown as { __marks: Record<string, number> }).__marks;
    return {
      ttfb: navigation.responseStart,
      tiles: own.tiles!,
      charts: own.charts ?? Number.NaN,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      load: navigation.loadEventEnd,
      scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
      scripts: scripts.length,
    };
  });
  await context.close();
  return marks;
}

/** The floor on this machine at this moment: a signed-out cold load of the sign-in page (no data, little script). */
async function signInPageLoad(): Promise<{ ttfb: number; fcp: number | null; load: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`, { waitUntil: "load", timeout: 120_000 });
  const marks = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return {
      ttfb: navigation.responseStart,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      load: navigation.loadEventEnd,
    };
  });
  await context.close();
  return marks;
}

async function serverDataTimes(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    await getOverview(workspaceId, "24h");
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const round = (ms: number) => Math.round(ms);
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)!) };
};

try {
  const loadBefore = os.loadavg();
  // The server's first page compiles and caches what every later one reuses: reported apart.
  const first = await coldLoad();
  log(`first load: tiles at ${round(first.tiles)} ms, charts at ${round(first.charts)} ms`);
  const loads: Marks[] = [];
  const floors: Awaited<ReturnType<typeof signInPageLoad>>[] = [];
  const uncompressed: Marks[] = [];
  for (let run = 0; run < runs; run++) {
    // Interleaved, so the floor and the page see the same moments of a machine whose load keeps changing.
    floors.push(await signInPageLoad());
    const marks = await coldLoad();
    loads.push(marks);
    uncompressed.push(await coldLoad("identity"));
    log(`run ${run + 1}: ttfb ${round(marks.ttfb)} · tiles ${round(marks.tiles)} · charts ${round(marks.charts)} ms`);
  }
  const data = await serverDataTimes(runs);
  const loadAfter = os.loadavg();
  const figures = {
    ttfb: stats(loads.map((marks) => marks.ttfb)),
    tiles: stats(loads.map((marks) => marks.tiles)),
    charts: stats(loads.map((marks) => marks.charts).filter(Number.isFinite)),
    fcp: stats(loads.map((marks) => marks.fcp ?? Number.NaN).filter(Number.isFinite)),
    domContentLoaded: stats(loads.map((marks) => marks.domContentLoaded)),
    load: stats(loads.map((marks) => marks.load)),
    serverData: stats(data),
    uncompressedTiles: stats(uncompressed.map((marks) => marks.tiles)),
    uncompressedCharts: stats(uncompressed.map((marks) => marks.charts).filter(Number.isFinite)),
    uncompressedLoad: stats(uncompressed.map((marks) => marks.load)),
    signInPageTtfb: stats(floors.map((floor) => floor.ttfb)),
    signInPageFcp: stats(floors.map((floor) => floor.fcp ?? Number.NaN).filter(Number.isFinite)),
    signInPageLoad: stats(floors.map((floor) => floor.load)),
  };
  const scriptKiB = Math.round(loads[0]!.scriptBytes / 1024);
  const results = {
    machine: await describeMachine(database.url),
    loadAverageBefore: loadBefore.map((value) => Math.round(value * 100) / 100),
    loadAverageAfter: loadAfter.map((value) => Math.round(value * 100) / 100),
    events,
    deliveries: events * 2,
    runs,
    firstRollupMs,
    firstLoad: { tiles: round(first.tiles), charts: round(first.charts) },
    figures,
    scripts: { count: loads[0]!.scripts, compressedKiB: scriptKiB },
  };
  const row = (name: string, figure: { p50: number; p95: number; max: number }) =>
    `| ${name} | ${figure.p50} | ${figure.p95} | ${figure.max} |`;
  writeResults("overview-page", results, [
    `Cold loads of /overview (new browser context each, signed in), ${events.toLocaleString("en")} events and ${(events * 2).toLocaleString("en")} deliveries, ${runs} runs after one first load (tiles ${results.firstLoad.tiles} ms, charts ${results.firstLoad.charts} ms) and the first rollup (${firstRollupMs} ms, in-process).`,
    `Load average before ${results.loadAverageBefore.join(", ")}, after ${results.loadAverageAfter.join(", ")} on ${results.machine.cpus} CPUs.`,
    "",
    "| from navigation start, ms | p50 | p95 | max |",
    "| --- | --- | --- | --- |",
    row("first byte (HTML shell)", figures.ttfb),
    row("first contentful paint", figures.fcp),
    row("tiles in the document", figures.tiles),
    row("DOMContentLoaded", figures.domContentLoaded),
    row("load", figures.load),
    row("first chart drawn", figures.charts),
    row("getOverview in-process (data only)", figures.serverData),
    row("same, scripts sent uncompressed: tiles", figures.uncompressedTiles),
    row("same, scripts sent uncompressed: load", figures.uncompressedLoad),
    row("same, scripts sent uncompressed: first chart", figures.uncompressedCharts),
    row("floor: signed-out /login, first byte", figures.signInPageTtfb),
    row("floor: signed-out /login, first contentful paint", figures.signInPageFcp),
    row("floor: signed-out /login, load", figures.signInPageLoad),
    "",
    `Scripts: ${results.scripts.count} files, ${scriptKiB} KiB compressed.`,
  ]);
} finally {
  await browser.close();
  await app.stop();
  await disconnectDb();
  await closePool();
  await database.stop();
}
