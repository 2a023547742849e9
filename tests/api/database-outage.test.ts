// While the database cannot be reached, every route answers 503 with Retry-After in its own documented shape
// (native, the CRM's, the receive path's), nothing answers 500, and health names the cause in plain words. A
// database that accepts connections but never answers turns into 503s after the connect timeout, not hung requests;
// one that runs a statement too long is cancelled by the statement timeout. A worker's result that could not be
// written during the outage is written as soon as the database is back, not left for the lease to lapse.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as listConnectors } from "@/app/api/v1/connectors/route";
import { POST as publish } from "@/app/api/v1/events/route";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as listCompatWebhooks } from "@/app/api/webhooks/route";
import { POST as createCrmWebhook } from "@/app/api/v2/webhooks/route";
import { POST as triggerAppWebhook } from "@/app/api/apps/[app_uuid]/webhooks/[webhook_uuid]/route";
import { disconnectDb } from "@/lib/db";
import { closePool, pool } from "@/lib/db/pool";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { resetEnvCache } from "@/lib/env";
import { clearTriggerCache } from "@/lib/triggers/trigger-cache";
import { startDeliveryWorker } from "@/lib/delivery/worker";
import { publishEvent } from "@/lib/events/publish-event";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import pg from "pg";
import { apiRequest, apiToken, TEST_PASSWORD, uniqueEmail, uniqueIp } from "../support/auth-fixtures";
import { eventType, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget } from "../support/http-target";
import { startReceiveServer, type ReceiveServer } from "../support/inbound-fixtures";

const realUrl = process.env.DATABASE_URL!;
let admin: string;
let inbound: ReceiveServer;
let silent: net.Server;
const silentSockets = new Set<net.Socket>();

/**
 * Points both pools at another server: the next query opens a fresh connection there. The address changes before
 * the pools close: a worker polling while the old pool drains would otherwise open a new pool on the old address,
 * and the "outage" would never begin (seen once under load: a result written while the database was "down").
 */
async function useDatabase(url: string, extra: Record<string, string> = {}) {
  process.env.DATABASE_URL = url;
  for (const [name, value] of Object.entries(extra)) process.env[name] = value;
  resetEnvCache();
  await closePool();
  await disconnectDb();
  clearTriggerCache();
}

function withPort(port: number) {
  const url = new URL(realUrl);
  url.port = String(port);
  return url.toString();
}

beforeAll(async () => {
  admin = (await apiToken("admin")).authorization;
  inbound = await startReceiveServer();
  // Accepts TCP connections and never says a word: a hung database.
  silent = net.createServer((socket) => {
    silentSockets.add(socket);
    socket.on("close", () => silentSockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
});

afterEach(async () => {
  delete process.env.SWITCHBOARD_DB_CONNECT_TIMEOUT_MS;
  delete process.env.SWITCHBOARD_DB_STATEMENT_TIMEOUT_MS;
  await useDatabase(realUrl);
});

afterAll(async () => {
  await inbound?.close();
  for (const socket of silentSockets) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
  await closePool();
  await disconnectDb();
});

async function expectUnavailable(response: Response, body: unknown) {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await response.json()).toMatchObject(body as object);
}

const native = { error: { code: "unavailable", message: expect.stringContaining("database") } };

describe("the database is down (connection refused)", () => {
  it("answers 503 with Retry-After on native, compatibility and receive routes", async () => {
    // Port 1 on 127.0.0.1: nothing listens, so every connection is refused.
    await useDatabase(withPort(1));

    await expectUnavailable(
      await publish(
        apiRequest("/api/v1/events", {
          method: "POST",
          body: { type: "a.b", payload: {} },
          headers: { authorization: admin },
        }),
      ),
      native,
    );
    await expectUnavailable(
      await listConnectors(apiRequest("/api/v1/connectors", { headers: { authorization: admin } })),
      native,
    );
    await expectUnavailable(
      await listCompatWebhooks(apiRequest("/api/webhooks", { headers: { authorization: admin } })),
      native,
    );
    await expectUnavailable(
      await login(
        apiRequest("/api/auth/login", {
          method: "POST",
          body: { email: uniqueEmail("down"), password: TEST_PASSWORD },
          headers: { "x-forwarded-for": uniqueIp() },
        }),
      ),
      native,
    );
    await expectUnavailable(
      await createCrmWebhook(
        apiRequest("/api/v2/webhooks", { method: "POST", body: {}, headers: { authorization: admin } }),
      ),
      { Status: "Error", ExceptionType: "ServiceUnavailableException" },
    );
    await expectUnavailable(
      await triggerAppWebhook(apiRequest("/api/apps/x/webhooks/y", { method: "POST", body: { a: 1 } }), {
        params: Promise.resolve({
          app_uuid: "018f0000-0000-7000-8000-000000000000",
          webhook_uuid: "018f0000-0000-7000-8000-000000000001",
        }),
      }),
      { error: "Service unavailable" },
    );
    // The receive path, for a trigger nobody knows: without the database nobody can tell it is unknown.
    const received = await fetch(`${inbound.base}/api/webhook/default/no-such-trigger`, { method: "POST", body: "{}" });
    await expectUnavailable(received, { error: "Service unavailable" });
  });

  it("health says 503 with the cause in plain words and nothing internal", async () => {
    await useDatabase(withPort(1));
    const response = await health();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const body = (await response.json()) as Record<string, string>;
    expect(body).toEqual({ status: "error", database: "unavailable", reason: "the database server cannot be reached" });
    expect(JSON.stringify(body)).not.toMatch(/invocation|prisma|\$queryRaw|127\.0\.0\.1/i);
  });
});

describe("timeouts", () => {
  it("a database that accepts connections but never answers turns into 503 after the connect timeout", async () => {
    await useDatabase(withPort((silent.address() as AddressInfo).port), { SWITCHBOARD_DB_CONNECT_TIMEOUT_MS: "300" });
    await expectUnavailable(
      await listConnectors(apiRequest("/api/v1/connectors", { headers: { authorization: admin } })),
      native,
    );
    const received = await fetch(`${inbound.base}/api/webhook/default/no-such-trigger`, { method: "POST", body: "{}" });
    await expectUnavailable(received, { error: "Service unavailable" });
    expect((await health()).status).toBe(503);
  });

  it("a statement running past the statement timeout is cancelled and counts as unavailable", async () => {
    await useDatabase(realUrl, { SWITCHBOARD_DB_STATEMENT_TIMEOUT_MS: "200" });
    const error = await pool()
      .query("SELECT pg_sleep(5)")
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect((error as { code?: string }).code).toBe("57014");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

describe("a worker's results during an outage", () => {
  it("are written as soon as the database is back, not sent again after the lease", async () => {
    let answeredAt = 0;
    // The receiver answers only once the database is gone, however long switching it takes on a busy machine.
    let outageBegun!: () => void;
    const outage = new Promise<void>((resolve) => (outageBegun = resolve));
    const target = await startHttpTarget(async () => {
      await outage;
      answeredAt = Date.now();
      return { status: 200, body: "ok" };
    });
    const type = await eventType();
    await subscribedConnector({ url: target.url, subscribeTo: [type.key] });
    // A lease far longer than the test: only a prompt rewrite can finish the delivery in time.
    const worker = await startDeliveryWorker({ leaseMs: 120_000, pollIntervalMs: 100 });
    const observer = new pg.Client({ connectionString: realUrl });
    await observer.connect();
    try {
      const published = await publishEvent(await defaultWorkspaceId(), { type: type.key, payload: { n: 1 } });
      if (published.outcome !== "queued") throw new Error("a first publish is queued");
      const event = published.event;
      await target.waitForRequests(1);
      // The database goes away while the receiver is answering: the result cannot be written.
      await useDatabase(withPort(1));
      outageBegun();
      while (answeredAt === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      // The outage outlasts the worker's first write and a retry of it.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const statusOf = async () =>
        (await observer.query<{ status: string }>(`SELECT status FROM "Delivery" WHERE "eventId" = $1`, [event.id]))
          .rows[0]!.status;
      expect(await statusOf()).toBe("in_flight");

      await useDatabase(realUrl);
      const backAt = Date.now();
      while ((await statusOf()) !== "succeeded" && Date.now() - backAt < 10_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await statusOf()).toBe("succeeded");
      expect(Date.now() - backAt).toBeLessThan(5_000);
      expect(target.received).toHaveLength(1);
    } finally {
      await worker.stop();
      await observer.end();
      await target.close();
    }
  }, 30_000);
});
