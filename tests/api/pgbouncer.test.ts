// Switchboard behind PgBouncer in transaction mode, the way docs/scaling.md sets it up: DATABASE_URL names the
// pooler, DATABASE_DIRECT_URL the database. A real pgbouncer (the Debian package) with a pool of two server
// connections, so pooled statements really do share server sessions. Through it: a LISTEN still hears NOTIFY (it
// runs on the direct URL; through the pooler it would hear nothing), a worker polling every 30 s is woken by a
// publish and delivers it, and the maintenance round's session lock is taken and released on a direct session.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";
import { freePort, pgbouncerBinary, startPgBouncer, type PgBouncer } from "../support/pgbouncer";

const installed = pgbouncerBinary() !== null;
if (!installed) console.warn("pgbouncer.test.ts skipped: pgbouncer is not installed (apt-get install -y pgbouncer)");

const direct = await isolatedDatabase("pgbouncer");
let bouncer: PgBouncer | undefined;
let target: HttpTarget | undefined;

const { closePool, connectionOptions, directConnectionString, pool } = await import("@/lib/db/pool");
const { db, disconnectDb } = await import("@/lib/db");
const { listen } = await import("@/lib/db/listen");
const { startDeliveryWorker } = await import("@/lib/delivery/worker");
const { publishEvent } = await import("@/lib/events/publish-event");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { runMaintenanceOnce } = await import("@/lib/retention/maintenance-round");
const { eventType, eventually, subscribedConnector } = await import("../support/delivery-fixtures");

async function directClient() {
  const client = new pg.Client({ connectionString: direct });
  await client.connect();
  return client;
}

describe.skipIf(!installed)("through PgBouncer in transaction mode", () => {
  beforeAll(async () => {
    bouncer = await startPgBouncer(direct, await freePort(), 2);
    process.env.DATABASE_URL = bouncer.url;
    process.env.DATABASE_DIRECT_URL = direct;
    resetEnvCache();
    target = await startHttpTarget(() => ({ status: 200, body: "ok" }));
  });

  afterAll(async () => {
    await target?.close();
    await closePool();
    await disconnectDb();
    await bouncer?.stop();
    delete process.env.DATABASE_DIRECT_URL;
    process.env.DATABASE_URL = direct;
    resetEnvCache();
  });

  it("the pool and Prisma answer through the pooler (no named prepared statements)", async () => {
    expect(connectionOptions().connectionString).toBe(bouncer!.url);
    expect(directConnectionString()).toBe(direct);
    const pooled = await pool().query("SELECT 1 AS one");
    expect(pooled.rows).toEqual([{ one: 1 }]);
    // The same statement twice on a shared server connection: a named prepared statement would collide.
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 6 }, () => db().workspace.count()));
    }
    await defaultWorkspaceId();
    expect(await db().workspace.count()).toBe(1);
  });

  it("concurrent publishes share server sessions without prepared-statement clashes: all stored", async () => {
    const type = await eventType();
    const workspaceId = await defaultWorkspaceId();
    // Bursts of different sizes: each size is its own multi-row statement, run from several pooled clients on two
    // server sessions. A named statement would meet its own name on a session another client prepared it on.
    for (const burst of [1, 8, 3, 8, 1, 5, 8]) {
      const stored = await Promise.all(
        Array.from({ length: burst }, (_, n) => publishEvent(workspaceId, { type: type.key, payload: { n } })),
      );
      expect(stored).toHaveLength(burst);
    }
    expect(await db().event.count({ where: { type: type.key } })).toBe(34);
  });

  it("a LISTEN hears a NOTIFY sent through the pooler", async () => {
    const heard: string[] = [];
    const channel = `pgbouncer_probe_${Date.now()}`;
    const listening = await listen(channel, (payload) => payload && heard.push(payload));
    try {
      await pool().query("SELECT pg_notify($1, 'through the pooler')", [channel]);
      await eventually(
        async () => heard,
        (payloads) => payloads.length > 0,
        10_000,
      );
      expect(heard).toEqual(["through the pooler"]);
    } finally {
      await listening.close();
    }
  });

  it("a worker polling every 30 s is woken by a publish and delivers it, everything stored through the pooler", async () => {
    const type = await eventType();
    const connector = await subscribedConnector({ url: target!.url, subscribeTo: [type.key] });
    const worker = await startDeliveryWorker({ leaseMs: 10_000, pollIntervalMs: 30_000 });
    try {
      // The worker's first claim at start finds nothing; after it only NOTIFY can wake it within 30 s.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const workspaceId = await defaultWorkspaceId();
      await Promise.all([1, 2, 3].map((n) => publishEvent(workspaceId, { type: type.key, payload: { n } })));
      await target!.waitForRequests(3, 10_000);
      const deliveries = await eventually(
        () => db().delivery.findMany({ where: { connectorId: connector.id }, select: { status: true } }),
        (rows) => rows.length === 3 && rows.every((row) => row.status === "succeeded"),
        10_000,
      );
      expect(deliveries.map((row) => row.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    } finally {
      await worker.stop();
    }
  }, 30_000);

  it("the maintenance round takes its lock on a direct session and releases it", async () => {
    const holder = await directClient();
    try {
      await holder.query("SELECT pg_advisory_lock(7245002)");
      expect(await runMaintenanceOnce()).toBeNull();
      await holder.query("SELECT pg_advisory_unlock(7245002)");
      expect(await runMaintenanceOnce()).not.toBeNull();
      expect(await runMaintenanceOnce()).not.toBeNull();
      const { rows } = await holder.query<{ held: string }>(
        `SELECT count(*) AS held FROM pg_locks WHERE locktype = 'advisory' AND objid = 7245002 AND database =
           (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(Number(rows[0]!.held)).toBe(0);
    } finally {
      await holder.end();
    }
  });
});
