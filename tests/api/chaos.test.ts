// Chaos, as real processes on a PostgreSQL this test owns (an embedded server on a free port, never the shared
// one): an app process with workers off (the production server's request listener: receive path and publishing)
// and `npm run worker` processes. 2,000 events are published to a local sink; PostgreSQL is restarted mid-drain
// and a worker is killed with SIGKILL mid-drain and replaced. Every 202 must end delivered (distinct webhook-id at
// the sink), the worker must outlive the restart, inbound and publishing must answer 503 (never 500) while the
// database is down, and publish-to-receipt lag after the restart must show a re-established LISTEN: the workers
// poll only every 30 s, so a p99 under 10 s can only come from NOTIFY (the lag itself is printed).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createTrigger } from "@/app/api/v1/triggers/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { ensureDatabaseExists, migrate } from "@/lib/db/migrate";
import { resetEnvCache } from "@/lib/env";
import { messageIdFor } from "@/lib/core/ids";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { MIGRATIONS_DIR } from "../setup/test-database";
import { apiRequest, unique } from "../support/auth-fixtures";
import { eventType, generateSigningSecret, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { startWorkerProcess, type WorkerProcess } from "../support/worker-process";

const root = path.resolve(import.meta.dirname, "..", "..");
const EVENTS = 2_000;
const LAG_SAMPLES = 40;
/** Deliveries sent before measuring lag: a fresh worker loads its code and connector on the first ones. */
const WARM_UP = 3;
/** Workers look for work by themselves this rarely: a delivery faster than this was woken by NOTIFY. */
const SLOW_POLL_MS = "30000";
/** Short, so the killed worker's claims come back soon; the live worker renews its own. */
const LEASE_MS = "5000";

interface EmbeddedServer {
  start: () => Promise<void>;
  stop: () => Promise<void>;
}

let dataDir: string;
let server: EmbeddedServer;
let databaseUrl: string;
let sink: HttpTarget;
let app: ChildProcess;
let appBase: string;
let authorization: string;
let typeKey: string;
let triggerPath: string;
const workers: WorkerProcess[] = [];
/** webhook-id → when it first reached the sink; and how many requests arrived in all. */
const firstArrival = new Map<string, number>();

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startApp(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/fast-path-server.ts"], {
    cwd: root,
    // One token publishes thousands of events a minute here: its rate limit is not what this test is about.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SWITCHBOARD_WORKERS: "0",
      SWITCHBOARD_LOG_LEVEL: "warn",
      SWITCHBOARD_API_TOKEN_RATE_LIMIT: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr!.on("data", (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output}`)), 90_000);
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const match = /listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`app exited with ${code}:\n${output}`)));
  });
  child.removeAllListeners("exit");
  return { child, base: `http://127.0.0.1:${port}` };
}

async function publishOnce(): Promise<{ status: number; id: string | null }> {
  try {
    const response = await fetch(`${appBase}/api/v1/events`, {
      method: "POST",
      headers: { authorization, "content-type": "application/json" },
      body: JSON.stringify({ type: typeKey, payload: { n: 1 } }),
    });
    const body = (await response.json()) as { id?: string };
    return { status: response.status, id: response.status === 202 ? body.id! : null };
  } catch {
    return { status: 0, id: null };
  }
}

/** Publishes `count` events, `concurrency` at a time, sending again after every 503 (as a caller honouring Retry-After would). */
async function publishMany(count: number, statuses: Map<number, number>, concurrency = 8): Promise<string[]> {
  const accepted: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next++;
      for (;;) {
        const { status, id } = await publishOnce();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (id) {
          accepted.push(id);
          break;
        }
        if (status !== 503) throw new Error(`publish answered ${status}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return accepted;
}

async function waitForDelivered(eventIds: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  const missing = () => eventIds.filter((id) => !firstArrival.has(messageIdFor(id)));
  while (missing().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return missing();
}

/** Publish one event, wait for it at the sink; one after another so nothing queues. Nearest-rank p99 in ms. */
async function measureLag(): Promise<{ p50: number; p99: number }> {
  const lags: number[] = [];
  for (let i = 0; i < WARM_UP + LAG_SAMPLES; i++) {
    const sentAt = Date.now();
    const { status, id } = await publishOnce();
    expect(status).toBe(202);
    const webhookId = messageIdFor(id!);
    const deadline = Date.now() + 40_000;
    while (!firstArrival.has(webhookId) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 2));
    if (!firstArrival.has(webhookId)) {
      throw new Error(
        `${webhookId} never arrived: ${JSON.stringify(await deliveryOf(id!))}; workers said:\n${workerOutput()}`,
      );
    }
    if (i >= WARM_UP) lags.push(firstArrival.get(webhookId)! - sentAt);
  }
  lags.sort((a, b) => a - b);
  const rank = (p: number) => lags[Math.ceil((p / 100) * lags.length) - 1]!;
  return { p50: rank(50), p99: rank(99) };
}

const startedAt = Date.now();
const progress = (message: string) =>
  console.log(`[chaos ${((Date.now() - startedAt) / 1000).toFixed(1)} s] ${message}`);

const workerOutput = () => workers.map((worker) => worker.output()).join("\n---\n");

async function probeWhileDown(): Promise<number[]> {
  const statuses: number[] = [];
  for (const url of [`${appBase}/api/webhook/default/no-such-trigger`, `${appBase}${triggerPath}`]) {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    statuses.push(response.status);
    if (response.status === 503) {
      expect(response.headers.get("retry-after")).toBeTruthy();
      expect(await response.json()).toEqual({ error: "Service unavailable" });
    }
  }
  const published = await fetch(`${appBase}/api/v1/events`, {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body: JSON.stringify({ type: typeKey, payload: {} }),
  });
  statuses.push(published.status);
  if (published.status === 503)
    expect(((await published.json()) as { error: { code: string } }).error.code).toBe("unavailable");
  return statuses;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "switchboard-chaos-"));
  // PostgreSQL refuses to run as root; the project's launcher then runs it as the "postgres" user, who must reach
  // this folder (and gets the binaries copied where it can read them when this checkout is in a private folder).
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const { locateCluster, runEmbeddedPostgres } = await import("../../scripts/lib/embedded-postgres");
  const cluster = await locateCluster(dataDir);
  const run = () => runEmbeddedPostgres(cluster, { port, password: "chaos", log: () => {} });
  let running = await run();
  server = {
    stop: () => running.stop(),
    start: async () => {
      running = await run();
    },
  };
  databaseUrl = `postgresql://postgres:chaos@127.0.0.1:${port}/switchboard_chaos`;
  await ensureDatabaseExists(databaseUrl);
  await migrate(databaseUrl, MIGRATIONS_DIR);
  process.env.DATABASE_URL = databaseUrl;
  resetEnvCache();

  sink = await startHttpTarget((request) => {
    const id = String(request.headers["webhook-id"]);
    if (!firstArrival.has(id)) firstArrival.set(id, request.receivedAt);
    return { status: 200, body: "ok" };
  });
  typeKey = (await eventType()).key;
  // Signed, so every request carries its webhook-id.
  await subscribedConnector({ url: sink.url, subscribeTo: [typeKey], signingSecret: generateSigningSecret() });
  const { token } = await createApiToken(await defaultWorkspaceId(), { name: unique("chaos"), role: "admin" }, null);
  authorization = `Bearer ${token}`;
  const created = await createTrigger(
    apiRequest("/api/v1/triggers", {
      method: "POST",
      body: { name: unique("Chaos"), slug: unique("chaos").toLowerCase(), rateLimit: null },
      headers: { authorization },
    }),
  );
  const trigger = (await created.json()) as { slug: string; secret: string };
  triggerPath = `/api/webhook/default/${trigger.slug}?key=${encodeURIComponent(trigger.secret)}`;
  // The test process's own connections are not needed from here on; they would only see the restart too.
  await closePool();
  await disconnectDb();

  const [started, worker] = await Promise.all([
    startApp(),
    startWorkerProcess(
      { DATABASE_URL: databaseUrl, SWITCHBOARD_WORKER_POLL_MS: SLOW_POLL_MS, SWITCHBOARD_LEASE_MS: LEASE_MS },
      90_000,
    ),
  ]);
  ({ child: app, base: appBase } = started);
  workers.push(worker);
}, 120_000);

afterAll(async () => {
  for (const worker of workers) await worker.kill("SIGKILL");
  app?.kill("SIGKILL");
  await sink?.close();
  await closePool();
  await disconnectDb();
  await server?.stop().catch(() => {});
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("chaos", () => {
  it("loses nothing through a database restart and a killed worker, and LISTEN comes back", async () => {
    const first = workers[0]!;
    const lagBefore = await measureLag();
    progress(`lag before: ${JSON.stringify(lagBefore)}`);

    // First half: PostgreSQL restarts while the worker drains it.
    const statuses = new Map<number, number>();
    const firstHalf = publishMany(EVENTS / 2, statuses);
    while (firstArrival.size < LAG_SAMPLES + EVENTS / 8) await new Promise((resolve) => setTimeout(resolve, 20));
    progress(`restarting PostgreSQL at ${firstArrival.size} delivered`);
    await server.stop();
    const whileDown = [...(await probeWhileDown()), ...(await probeWhileDown())];
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await server.start();
    progress("PostgreSQL back");
    const acceptedFirst = await firstHalf;
    progress(`first half accepted (${acceptedFirst.length}), ${firstArrival.size} delivered`);
    expect(await waitForDelivered(acceptedFirst, 60_000)).toEqual([]);
    expect(first.child.exitCode).toBeNull();
    expect(first.child.signalCode).toBeNull();
    progress("first half delivered");
    const lagAfter = await measureLag();
    progress(`lag after: ${JSON.stringify(lagAfter)}`);

    // Second half: the worker is killed mid-drain; another takes over its claims when their lease lapses.
    const secondHalf = publishMany(EVENTS / 2, statuses);
    const target = firstArrival.size + EVENTS / 8;
    // A publishing lane that fails (an unexpected status) must fail the test now, not leave this loop waiting.
    let publishFailed: unknown = null;
    secondHalf.catch((error: unknown) => (publishFailed = error));
    while (firstArrival.size < target && publishFailed === null)
      await new Promise((resolve) => setTimeout(resolve, 20));
    if (publishFailed !== null) throw publishFailed;
    progress(`killing the worker at ${firstArrival.size} delivered`);
    await first.kill("SIGKILL");
    // Polling normally: the lag was measured already, and the dead worker's lapsed claims are found by polling.
    const second = await startWorkerProcess(
      { DATABASE_URL: databaseUrl, SWITCHBOARD_LEASE_MS: LEASE_MS, SWITCHBOARD_WORKER_POLL_MS: "500" },
      90_000,
    );
    workers.push(second);
    progress("second worker started");
    const acceptedSecond = await secondHalf;
    progress(`second half accepted (${acceptedSecond.length}), ${firstArrival.size} delivered`);
    expect(await waitForDelivered(acceptedSecond, 60_000)).toEqual([]);

    const accepted = acceptedFirst.length + acceptedSecond.length;
    const stored = await countStored();
    const deliveredIds = new Set(sink.received.map((request) => String(request.headers["webhook-id"])));
    const figures = {
      accepted,
      stored,
      delivered: deliveredIds.size,
      requestsAtSink: sink.received.length,
      duplicates: sink.received.length - deliveredIds.size,
      publishStatuses: Object.fromEntries(statuses),
      whileDown,
      lagBefore,
      lagAfter,
    };
    console.log(`chaos figures: ${JSON.stringify(figures)}`);
    // One line for CI logs: the figure behind the lag assertion below, printed before it can fail.
    console.log(
      `chaos lag p99: before ${lagBefore.p99} ms, after ${lagAfter.p99} ms; p50 before ${lagBefore.p50} ms, after ${lagAfter.p50} ms`,
    );

    expect(accepted).toBe(EVENTS);
    // A publish whose answer was lost in the restart may have been stored although it was answered 503 and sent
    // again: stored may exceed accepted, and then those are delivered too.
    expect(stored).toBeGreaterThanOrEqual(EVENTS + 2 * (WARM_UP + LAG_SAMPLES));
    expect(deliveredIds.size).toBe(stored);
    expect([...statuses.keys()].filter((status) => status !== 202 && status !== 503)).toEqual([]);
    expect(whileDown.every((status) => status === 503)).toBe(true);
    expect(second.child.exitCode).toBeNull();
    // Workers poll every 30 s, so without LISTEN half the events would wait over 15 s: a p99 of at most a third of
    // the poll can only come from NOTIFY. How fast NOTIFY is (p99 < 100 ms on a quiet machine) is a benchmark's
    // figure (bench:delivery), not this test's: a bound in milliseconds here failed on a machine at load 14.
    expect(lagAfter.p99).toBeLessThan(10_000);
    expect(first.output()).not.toMatch(/Unhandled 'error' event/);
  }, 360_000);
});

async function deliveryOf(eventId: string) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT status, "attemptCount", "lastErrorMessage", "lockedBy" FROM "Delivery" WHERE "eventId" = $1`,
    [eventId],
  );
  await client.end();
  return rows;
}

async function countStored(): Promise<number> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM "Event" WHERE type = $1`,
    [typeKey],
  );
  await client.end();
  return Number(rows[0]!.count);
}
