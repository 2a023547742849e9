// Deletes events and deliveries older than each workspace's retention (attempts go by cascade) and rate-limit
// buckets idle for a day. Each DELETE takes at most BATCH rows by id in its own short statement, so no lock is
// held for long and the workers and the API keep going while a big backlog is worked off.
import type pg from "pg";
import { pool } from "../db/pool";
import type { RetentionDeleted } from "./schema";

const BATCH = 5000;

/** Deliveries still waiting or in flight stay until they finish; an event stays while a delivery of it remains. */
const deleteDeliveries = `DELETE FROM "Delivery" WHERE id IN (
  SELECT id FROM "Delivery"
  WHERE "workspaceId" = $1 AND "createdAt" < $2 AND status NOT IN ('pending', 'in_flight')
  LIMIT ${BATCH})`;
const deleteEvents = `DELETE FROM "Event" WHERE id IN (
  SELECT e.id FROM "Event" e
  WHERE e."workspaceId" = $1 AND e."receivedAt" < $2
    AND NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."eventId" = e.id)
  LIMIT ${BATCH})`;
const deleteIdleBuckets = `DELETE FROM "RateLimitBucket" WHERE key IN (
  SELECT key FROM "RateLimitBucket" WHERE "windowStart" < $1 LIMIT ${BATCH})`;

async function deleteInBatches(client: pg.Pool | pg.PoolClient, sql: string, values: unknown[]): Promise<number> {
  let total = 0;
  for (;;) {
    const { rowCount } = await client.query(sql, values);
    total += rowCount ?? 0;
    if (!rowCount || rowCount < BATCH) return total;
  }
}

export interface RetentionResult extends RetentionDeleted {
  ranAt: Date;
}

/** One pass over every workspace; records the run on each workspace for Settings → Data retention. */
export async function runRetention(
  client: pg.Pool | pg.PoolClient = pool(),
  now = new Date(),
): Promise<RetentionResult> {
  const { rows: workspaces } = await client.query<{ id: string; retentionDays: number }>(
    `SELECT id, "retentionDays" FROM "Workspace"`,
  );
  const total: RetentionResult = { deliveries: 0, events: 0, rateLimitBuckets: 0, ranAt: now };
  total.rateLimitBuckets = await deleteInBatches(client, deleteIdleBuckets, [new Date(now.getTime() - 24 * 3600_000)]);
  for (const workspace of workspaces) {
    const cutoff = new Date(now.getTime() - workspace.retentionDays * 24 * 3600_000);
    const deleted = {
      deliveries: await deleteInBatches(client, deleteDeliveries, [workspace.id, cutoff]),
      events: await deleteInBatches(client, deleteEvents, [workspace.id, cutoff]),
      rateLimitBuckets: total.rateLimitBuckets,
    };
    total.deliveries += deleted.deliveries;
    total.events += deleted.events;
    await client.query(`UPDATE "Workspace" SET "retentionRunAt" = $2, "retentionDeleted" = $3 WHERE id = $1`, [
      workspace.id,
      now,
      deleted,
    ]);
  }
  return total;
}
