// Data retention against rows seeded at known ages in a database of its own: exactly what is older than N days
// goes (deliveries with their attempts, events without deliveries left, idle rate-limit buckets), in several
// 5,000-row batches, and the maintenance lock lets one process work at a time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

await isolatedDatabase("retention");

const { pool, closePool } = await import("@/lib/db/pool");
const { disconnectDb, db } = await import("@/lib/db");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { runRetention } = await import("@/lib/retention/run-retention");
const { startMaintenance } = await import("@/lib/runtime/maintenance");
const { runMaintenanceOnce } = await import("@/lib/retention/maintenance-round");

const DAY = 24 * 3600_000;
let workspaceId: string;
let connectorId: string;

/** count events (or deliveries) of each age, with one attempt per delivery; returns nothing, counts tell. */
async function seed(table: "Event" | "Delivery", daysAgo: number, count: number, status = "succeeded") {
  const at = new Date(Date.now() - daysAgo * DAY);
  if (table === "Event") {
    await pool().query(
      `INSERT INTO "Event" (id, "workspaceId", source, type, headers, "receivedAt")
       SELECT gen_random_uuid(), $1, 'api', 'seeded', '{}', $2 FROM generate_series(1, $3)`,
      [workspaceId, at, count],
    );
    return;
  }
  await pool().query(
    `WITH made AS (
       INSERT INTO "Delivery" (id, "workspaceId", "connectorId", kind, status, "messageId", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, 'manual', $5::"DeliveryStatus", 'msg_' || n, $3, $3 FROM generate_series(1, $4) AS n
       RETURNING id)
     INSERT INTO "DeliveryAttempt" (id, "deliveryId", number, "durationMs", "requestMethod", "requestUrl", "requestHeaders", succeeded, "startedAt")
     SELECT gen_random_uuid(), id, 1, 5, 'POST', 'https://example.com', '{}', true, $3 FROM made`,
    [workspaceId, connectorId, at, count, status],
  );
}

async function counts() {
  const { rows } = await pool().query<{ events: number; deliveries: number; attempts: number; buckets: number }>(
    `SELECT (SELECT count(*) FROM "Event")::int AS events, (SELECT count(*) FROM "Delivery")::int AS deliveries,
            (SELECT count(*) FROM "DeliveryAttempt")::int AS attempts, (SELECT count(*) FROM "RateLimitBucket")::int AS buckets`,
  );
  return rows[0]!;
}

beforeAll(async () => {
  workspaceId = await defaultWorkspaceId();
  connectorId = (await db().connector.create({ data: { workspaceId, name: "Old", url: "https://example.com" } })).id;
  await db().workspace.update({ where: { id: workspaceId }, data: { retentionDays: 10 } });
  await seed("Delivery", 40, 12_000); // more than two batches
  await seed("Delivery", 10.01, 7, "dead");
  await seed("Delivery", 11, 3, "pending"); // still waiting: kept until it finishes
  await seed("Delivery", 9.99, 5, "failed");
  await seed("Delivery", 1, 4);
  await seed("Event", 30, 6_000);
  await seed("Event", 10.01, 2);
  await seed("Event", 9.99, 3);
  // An old event whose delivery is still pending stays with it.
  const { rows } = await pool().query<{ id: string }>(
    `INSERT INTO "Event" (id, "workspaceId", source, headers, "receivedAt") VALUES (gen_random_uuid(), $1, 'api', '{}', now() - interval '20 days') RETURNING id`,
    [workspaceId],
  );
  await pool().query(
    `INSERT INTO "Delivery" (id, "workspaceId", "connectorId", "eventId", kind, status, "messageId", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'event', 'pending', 'msg_pending_event', now() - interval '20 days', now())`,
    [workspaceId, connectorId, rows[0]!.id],
  );
  await pool().query(
    `INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ('idle', now() - interval '25 hours', 3), ('busy', now() - interval '1 hour', 1)`,
  );
});

afterAll(async () => {
  await disconnectDb();
  await closePool();
});

describe("runRetention", () => {
  it("deletes exactly what is older than the workspace's N days", async () => {
    const before = await counts();
    expect(before).toEqual({
      events: 6_000 + 2 + 3 + 1,
      deliveries: 12_000 + 7 + 3 + 5 + 4 + 1,
      attempts: 12_000 + 7 + 3 + 5 + 4,
      buckets: 2,
    });

    const result = await runRetention();
    expect(result).toMatchObject({ deliveries: 12_007, events: 6_002, rateLimitBuckets: 1 });
    expect(await counts()).toEqual({ events: 4, deliveries: 3 + 5 + 4 + 1, attempts: 3 + 5 + 4, buckets: 1 });
    const { rows } = await pool().query(`SELECT key FROM "RateLimitBucket"`);
    expect(rows).toEqual([{ key: "busy" }]);
    const workspace = await db().workspace.findUniqueOrThrow({ where: { id: workspaceId } });
    expect(workspace.retentionRunAt?.getTime()).toBe(result.ranAt.getTime());
    expect(workspace.retentionDeleted).toEqual({ deliveries: 12_007, events: 6_002, rateLimitBuckets: 1 });

    // A second pass finds nothing more.
    expect(await runRetention()).toMatchObject({ deliveries: 0, events: 0, rateLimitBuckets: 0 });
  });

  it("skips a round while another process holds the maintenance lock", async () => {
    const other = await pool().connect();
    try {
      await other.query("SELECT pg_advisory_lock(7245002)");
      expect(await runMaintenanceOnce()).toBeNull();
      await other.query("SELECT pg_advisory_unlock(7245002)");
      expect(await runMaintenanceOnce()).toMatchObject({ deliveries: 0, events: 0 });
    } finally {
      other.release();
    }
  });

  it("the schedule runs rounds until stopped", async () => {
    await seed("Delivery", 50, 10);
    const maintenance = startMaintenance({ intervalMs: 50, initialDelayMs: 0 });
    const deadline = Date.now() + 10_000;
    while ((await counts()).deliveries !== 13 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    await maintenance.stop();
    expect((await counts()).deliveries).toBe(13);
    const watermarks = await pool().query(`SELECT count(*)::int AS n FROM "RollupWatermark"`);
    expect(watermarks.rows[0].n).toBeGreaterThan(0);
  });
});
