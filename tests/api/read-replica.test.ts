// DATABASE_READ_URL against a real streaming replica: the test starts a primary and a pg_basebackup -R standby of
// its own (tests/support/replica.ts), migrates the primary and points the read URL at the standby. Proof that the
// dashboard's list reads go to the standby: with WAL replay paused there, a delivery written on the primary is in
// the primary but not in the list or its counts, and appears once replay resumes. Writes go to the primary (the
// standby refuses any write, so the overview's rollup and the rows created here would fail there). Unset, the
// reads use the primary's own pools.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { ensureDatabaseExists, migrate } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "../setup/test-database";
import { freePort } from "../support/pgbouncer";
import { postgresBinDir, startReplicatedPair, type ReplicatedPair } from "../support/replica";

const available = postgresBinDir() !== null;
if (!available) console.warn("read-replica.test.ts skipped: no PostgreSQL server binaries (pg_basebackup)");

// Ports of this test's own clusters: free ones, so two runs side by side (two checkouts) do not collide.
const PRIMARY_PORT = Number(process.env.REPLICA_TEST_PRIMARY_PORT ?? (await freePort()));
const STANDBY_PORT = Number(process.env.REPLICA_TEST_STANDBY_PORT ?? (await freePort()));

let pair: ReplicatedPair | undefined;
let primaryUrl = "";
let standbyUrl = "";
const originalUrl = process.env.DATABASE_URL;

const { db, disconnectDb } = await import("@/lib/db");
const { closePool, pool } = await import("@/lib/db/pool");
const { closeReadPools, readDb, readPool } = await import("@/lib/db/read");
const { countDeliveriesByStatus, listDeliveries, listDeliveriesSchema } =
  await import("@/lib/delivery/list-deliveries");
const { listEvents, listEventsSchema } = await import("@/lib/events/list-events");
const { getOverview } = await import("@/lib/overview/get-overview");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Waits until the standby has replayed everything the primary has written so far. */
async function caughtUp() {
  const [primary] = await query<{ lsn: string }>(primaryUrl, "SELECT pg_current_wal_lsn()::text AS lsn");
  for (let tries = 0; tries < 200; tries++) {
    const [standby] = await query<{ done: boolean }>(
      standbyUrl,
      "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done",
      [primary!.lsn],
    );
    if (standby!.done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the standby did not catch up in 10 s");
}

async function newDelivery(workspaceId: string, connectorId: string, eventId?: string) {
  return db().delivery.create({
    data: {
      workspaceId,
      connectorId,
      eventId,
      kind: "manual",
      status: "dead",
      messageId: `msg_${Date.now()}`,
      completedAt: new Date(),
    },
    select: { id: true },
  });
}

const ids = (page: { data: { id: string }[] }) => page.data.map((row) => row.id);

describe.skipIf(!available)("DATABASE_READ_URL on a streaming replica", () => {
  beforeAll(async () => {
    pair = startReplicatedPair(PRIMARY_PORT, STANDBY_PORT);
    const primary = new URL(pair.primaryUrl);
    primary.pathname = "/switchboard";
    primaryUrl = primary.toString();
    const standby = new URL(pair.standbyUrl);
    standby.pathname = "/switchboard";
    standbyUrl = standby.toString();
    await ensureDatabaseExists(primaryUrl);
    await migrate(primaryUrl, MIGRATIONS_DIR);
    process.env.DATABASE_URL = primaryUrl;
    delete process.env.DATABASE_READ_URL;
    resetEnvCache();
  }, 120_000);

  afterAll(async () => {
    await closeReadPools();
    await closePool();
    await disconnectDb();
    delete process.env.DATABASE_READ_URL;
    process.env.DATABASE_URL = originalUrl;
    resetEnvCache();
    pair?.stop();
  });

  it("unset: the reads use the primary's pools", async () => {
    expect(readDb()).toBe(db());
    expect(readPool()).toBe(pool());
    const workspaceId = await defaultWorkspaceId();
    const connector = await db().connector.create({
      data: { workspaceId, name: "Replica CRM", url: "https://example.com/hooks" },
      select: { id: true },
    });
    const event = await db().event.create({
      data: { workspaceId, source: "api", type: "replica.first", rawBody: "first body" },
      select: { id: true },
    });
    const delivery = await newDelivery(workspaceId, connector.id, event.id);
    // Read straight after the write: the primary has it at once.
    expect(ids(await listDeliveries(workspaceId, listDeliveriesSchema.parse({})))).toContain(delivery.id);
  });

  it("set: lists, counts and search read the standby; writes go to the primary", async () => {
    process.env.DATABASE_READ_URL = standbyUrl;
    resetEnvCache();
    expect(readDb()).not.toBe(db());
    expect(readPool()).not.toBe(pool());
    const workspaceId = await defaultWorkspaceId();
    const { id: connectorId } = await db().connector.findFirstOrThrow({ where: { name: "Replica CRM" } });
    await caughtUp();
    const before = await listDeliveries(workspaceId, listDeliveriesSchema.parse({}));
    const countsBefore = await countDeliveriesByStatus(workspaceId, {});
    expect(before.data).toHaveLength(1);

    // Replay paused on the standby: what the primary commits now is not there until it resumes.
    await query(standbyUrl, "SELECT pg_wal_replay_pause()");
    try {
      const written = await newDelivery(workspaceId, connectorId);
      await db().event.create({
        data: {
          workspaceId,
          source: "api",
          type: "replica.test",
          body: { replica: true },
          rawBody: '{"replica":true}',
        },
      });
      // Both of the list's queries read the standby: the page's ids and excerpts, then the rows themselves.
      const [first] = before.data;
      await db().event.update({ where: { id: first!.eventId! }, data: { rawBody: "changed body" } });
      await db().delivery.update({ where: { id: first!.id }, data: { status: "succeeded" } });
      expect(await db().delivery.count({ where: { workspaceId } })).toBe(2);
      const during = await listDeliveries(workspaceId, listDeliveriesSchema.parse({}));
      expect(ids(during)).not.toContain(written.id);
      expect(during.data[0]).toMatchObject({ id: first!.id, status: "dead", excerpt: "first body" });
      expect(await countDeliveriesByStatus(workspaceId, {})).toEqual(countsBefore);
      expect((await listEvents(workspaceId, listEventsSchema.parse({ q: "replica" }), "admin")).data).toHaveLength(0);
      // The overview rolls up on the primary (the standby would refuse the write) and reads the standby.
      const overview = await getOverview(workspaceId, "30d");
      expect(overview.tiles.dead).toBe(countsBefore.dead);
      const sessions = await query<{ count: number }>(
        standbyUrl,
        `SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'switchboard-read'`,
      );
      expect(sessions[0]!.count).toBeGreaterThan(0);

      await query(standbyUrl, "SELECT pg_wal_replay_resume()");
      await caughtUp();
      expect(ids(await listDeliveries(workspaceId, listDeliveriesSchema.parse({})))).toContain(written.id);
      // The first delivery moved to succeeded, the new one is dead.
      expect(await countDeliveriesByStatus(workspaceId, {})).toMatchObject({
        dead: countsBefore.dead,
        succeeded: countsBefore.succeeded + 1,
      });
      expect((await listEvents(workspaceId, listEventsSchema.parse({ q: "replica" }), "admin")).data).toHaveLength(1);
    } finally {
      await query(standbyUrl, "SELECT pg_wal_replay_resume()");
    }
  });
});
