// The rollups behind the overview's long ranges. Each closed hour is rolled up once: final delivery outcomes by
// completion hour (DeliveryRollup, spanHours 1), events by receive hour (EventHourly). Closed 6-hour and 24-hour
// periods are then summed from the hourly rows (spanHours 6 and 24), so a 30-day view reads 30 days of rows, not
// 720 hours of them. A transaction-scoped advisory lock makes concurrent callers (several app processes, the
// scheduled job, a page load) take turns, and one watermark per level says which periods are done. An hour is
// closed two minutes after it ends: time for transactions that stamped completedAt = now() inside it to commit.
// Readers take periods before a watermark from that level and everything later from the finer level or the rows,
// so nothing is missed or counted twice.
//
// A delivery retried by hand after it was dead completes again and counts again: the rollup counts outcomes.
import type pg from "pg";
import { pool } from "../db/pool";
import { latencyBucketSql } from "./latency-bucket";

const CLOSE_AFTER = "2 minutes";
const LOCK_KEY = 7_245_001;
export const ROLLUP_SPANS = [1, 6, 24] as const;
export type RollupSpan = (typeof ROLLUP_SPANS)[number];
export type Watermarks = Record<RollupSpan, Date>;

export const latencyMsSql = `greatest(0, round(date_part('epoch', d."completedAt" - d."createdAt") * 1000))::int`;
export const eventOriginSql = `coalesce('trigger:' || e."triggerId", e.source::text)`;
/** Period starts aligned to UTC, like the overview's chart buckets. */
export const periodStartSql = (column: string, hours: number) =>
  `date_bin('${hours} hours', ${column}, timestamptz 'epoch')`;

/** Rolls up every closed period not yet rolled up; returns how far each level now reaches. */
export async function refreshRollups(client: pg.Pool | pg.PoolClient = pool()): Promise<Watermarks> {
  const connection = "release" in client ? client : await client.connect();
  try {
    await connection.query("BEGIN");
    await connection.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    const { rows } = await connection.query<{ name: string; rolledUntil: Date }>(
      `SELECT name, "rolledUntil" FROM "RollupWatermark"`,
    );
    const marks = new Map(rows.map((row) => [row.name, row.rolledUntil]));
    const { rows: now } = await connection.query<{ closed: Date; first: Date | null }>(
      `SELECT date_trunc('hour', now() - interval '${CLOSE_AFTER}') AS closed,
              ${marks.has("1") ? "NULL" : `least((SELECT min("completedAt") FROM "Delivery"), (SELECT min("receivedAt") FROM "Event"))`} AS first`,
    );
    const closed = now[0]!.closed;
    const result = {} as Watermarks;
    const hourFrom = marks.get("1") ?? alignDown(now[0]!.first ?? closed, 1);
    if (hourFrom < closed) {
      await rollHours(connection, hourFrom, closed);
      await setMark(connection, "1", closed);
    }
    result[1] = hourFrom < closed ? closed : hourFrom;
    for (const span of [6, 24] as const) {
      const from = marks.get(String(span)) ?? alignDown((await firstHourlyPeriod(connection)) ?? result[1], span);
      const until = alignDown(result[1], span);
      if (from < until) {
        await connection.query(
          `INSERT INTO "DeliveryRollup" ("workspaceId", "spanHours", "periodStart", "connectorId", outcome, "latencyBucketMs", count)
           SELECT "workspaceId", $3::int, ${periodStartSql('"periodStart"', span)}, "connectorId", outcome, "latencyBucketMs", sum(count)::int
           FROM "DeliveryRollup" WHERE "spanHours" = 1 AND "periodStart" >= $1 AND "periodStart" < $2
           GROUP BY 1, 2, 3, 4, 5, 6
           ON CONFLICT ("workspaceId", "spanHours", "periodStart", "connectorId", outcome, "latencyBucketMs")
             DO UPDATE SET count = "DeliveryRollup".count + excluded.count`,
          [from, until, span],
        );
        await setMark(connection, String(span), until);
      }
      result[span] = from < until ? until : from;
    }
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    if (connection !== client) connection.release();
  }
}

/**
 * The watermarks as `client` sees them. On a replica they match the rollup rows it has replayed (both are written in
 * one transaction); a level never rolled up reads as the epoch, which sends every period to the finer level or rows.
 */
export async function readWatermarks(client: pg.Pool | pg.PoolClient): Promise<Watermarks> {
  const { rows } = await client.query<{ name: string; rolledUntil: Date }>(
    `SELECT name, "rolledUntil" FROM "RollupWatermark"`,
  );
  const marks = new Map(rows.map((row) => [row.name, row.rolledUntil]));
  const at = (span: RollupSpan) => marks.get(String(span)) ?? new Date(0);
  return { 1: at(1), 6: at(6), 24: at(24) };
}

/** Final outcomes as the overview counts them: a delivery that could not render (template_error) counts as dead. */
export const finalOutcomeSql = `(CASE WHEN d.status = 'template_error' THEN 'dead'::"DeliveryStatus" ELSE d.status END)`;

async function rollHours(connection: pg.PoolClient, from: Date, until: Date) {
  // Per workspace, so the (workspaceId, completedAt) index serves the range.
  await connection.query(
    `INSERT INTO "DeliveryRollup" ("workspaceId", "spanHours", "periodStart", "connectorId", outcome, "latencyBucketMs", count)
     SELECT w.id, 1, r.hour, r."connectorId", r.status, r.bucket, r.count
     FROM "Workspace" w CROSS JOIN LATERAL (
       SELECT date_trunc('hour', d."completedAt") AS hour, d."connectorId", ${finalOutcomeSql} AS status,
              CASE WHEN d.status = 'succeeded' THEN ${latencyBucketSql("l.ms")} ELSE 0 END AS bucket, count(*)::int AS count
       FROM "Delivery" d CROSS JOIN LATERAL (SELECT ${latencyMsSql} AS ms) l
       WHERE d."workspaceId" = w.id AND d."completedAt" >= $1 AND d."completedAt" < $2
         AND d.status IN ('succeeded', 'dead', 'cancelled', 'template_error')
       GROUP BY 1, 2, 3, 4
     ) r
     ON CONFLICT ("workspaceId", "spanHours", "periodStart", "connectorId", outcome, "latencyBucketMs")
       DO UPDATE SET count = "DeliveryRollup".count + excluded.count`,
    [from, until],
  );
  await connection.query(
    `INSERT INTO "EventHourly" ("workspaceId", hour, origin, count)
     SELECT w.id, r.hour, r.origin, r.count
     FROM "Workspace" w CROSS JOIN LATERAL (
       SELECT date_trunc('hour', e."receivedAt") AS hour, ${eventOriginSql} AS origin, count(*)::int AS count
       FROM "Event" e WHERE e."workspaceId" = w.id AND e."receivedAt" >= $1 AND e."receivedAt" < $2
       GROUP BY 1, 2
     ) r
     ON CONFLICT ("workspaceId", hour, origin) DO UPDATE SET count = "EventHourly".count + excluded.count`,
    [from, until],
  );
}

async function firstHourlyPeriod(connection: pg.PoolClient): Promise<Date | null> {
  const { rows } = await connection.query<{ first: Date | null }>(
    `SELECT min("periodStart") AS first FROM "DeliveryRollup" WHERE "spanHours" = 1`,
  );
  return rows[0]!.first;
}

async function setMark(connection: pg.PoolClient, name: string, until: Date) {
  await connection.query(
    `INSERT INTO "RollupWatermark" (name, "rolledUntil") VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET "rolledUntil" = excluded."rolledUntil"`,
    [name, until],
  );
}

function alignDown(at: Date, hours: number): Date {
  const span = hours * 3_600_000;
  return new Date(Math.floor(at.getTime() / span) * span);
}
