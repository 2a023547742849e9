// Delivery figures per chart bucket and connector. Final outcomes (succeeded, dead, cancelled; template_error
// counts as dead) count when they complete, with succeeded deliveries in latency buckets; the backlog (pending, in flight, failed and waiting to
// retry) is today's state of the deliveries created in the window.
//
// Delivery latency = completedAt − createdAt of a succeeded delivery: from the moment it was queued (the first
// attempt starts then, give or take queueing) to the 2xx that completed it, retries included. It is what a
// receiving system experiences; one attempt's own duration is on the delivery's page.
import type pg from "pg";
import { latencyBucketSql } from "./latency-bucket";
import { finalOutcomeSql, latencyMsSql, type Watermarks } from "./rollup";
import type { TimeWindow } from "./time-window";

export interface DeliveryCell {
  slot: number;
  connectorId: string;
  outcome: "succeeded" | "dead" | "cancelled" | "failed" | "pending";
  latencyBucketMs: number;
  count: number;
}

const slotSql = (column: string) => `floor(date_part('epoch', ${column} - $2::timestamptz) * 1000 / $4)::int`;

/**
 * Final outcomes per slot, connector and latency bucket. For a range with buckets of S hours: S-hour rollup rows
 * before that level's watermark, hourly rows from there to the hourly watermark, raw rows after it. Ranges with
 * sub-hour buckets read raw rows only.
 */
export async function readOutcomes(client: pg.Pool, workspaceId: string, window: TimeWindow, marks: Watermarks | null) {
  const span = window.bucketMs / 3_600_000;
  const spanMark = marks && (span === 6 || span === 24) ? marks[span] : null;
  const coarseUntil = latest(window.from, spanMark);
  const hourlyUntil = latest(coarseUntil, marks?.[1] ?? null);
  const rollup = (spanHours: number, from: string, until: string) =>
    `SELECT ${slotSql('h."periodStart"')} AS slot, h."connectorId", h.outcome::text AS outcome, h."latencyBucketMs",
            sum(h.count)::int AS count
     FROM "DeliveryRollup" h
     WHERE h."workspaceId" = $1 AND h."spanHours" = ${spanHours} AND h."periodStart" >= ${from} AND h."periodStart" < ${until}
     GROUP BY 1, 2, 3, 4`;
  const raw = `SELECT ${slotSql('d."completedAt"')} AS slot, d."connectorId", ${finalOutcomeSql}::text AS outcome,
                      CASE WHEN d.status = 'succeeded' THEN ${latencyBucketSql("l.ms")} ELSE 0 END AS "latencyBucketMs",
                      count(*)::int AS count
               FROM "Delivery" d CROSS JOIN LATERAL (SELECT ${latencyMsSql} AS ms) l
               WHERE d."workspaceId" = $1 AND d."completedAt" >= greatest($5::timestamptz, $6::timestamptz) AND d."completedAt" <= $3
                 AND d.status IN ('succeeded', 'dead', 'cancelled', 'template_error')
               GROUP BY 1, 2, 3, 4`;
  // The raw part starts at greatest($5, $6) = $6: naming both keeps their types known when rollup parts are left out.
  const parts = [
    ...(coarseUntil > window.from ? [rollup(span, "$2", "$5")] : []),
    ...(hourlyUntil > coarseUntil ? [rollup(1, "$5", "$6")] : []),
    raw,
  ];
  const { rows } = await client.query<DeliveryCell>(parts.join(" UNION ALL "), [
    workspaceId,
    window.from,
    window.to,
    window.bucketMs,
    coarseUntil,
    hourlyUntil,
  ]);
  return rows;
}

const latest = (a: Date, b: Date | null) => (b && b > a ? b : a);

export async function readBacklog(client: pg.Pool, workspaceId: string, window: TimeWindow) {
  const { rows } = await client.query<DeliveryCell>(
    `SELECT ${slotSql('d."createdAt"')} AS slot, d."connectorId",
            CASE WHEN d.status = 'failed' THEN 'failed' ELSE 'pending' END AS outcome, 0 AS "latencyBucketMs",
            count(*)::int AS count
     FROM "Delivery" d
     WHERE d."workspaceId" = $1 AND d.status IN ('pending', 'in_flight', 'failed') AND d."createdAt" >= $2
       AND d."createdAt" <= $3
     GROUP BY 1, 2, 3`,
    [workspaceId, window.from, window.to, window.bucketMs],
  );
  return rows;
}

export interface FailureRow {
  id: string;
  status: "failed" | "dead" | "template_error";
  connectorId: string;
  connectorName: string;
  attemptCount: number;
  lastStatus: number | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  updatedAt: Date;
}

/** The latest failed, dead and unrenderable deliveries of the window: short index scans rather than one sort. */
export async function readRecentFailures(client: pg.Pool, workspaceId: string, window: TimeWindow, limit = 8) {
  const one = (status: string) => `(SELECT d.id, d.status::text, d."connectorId", d."attemptCount", d."lastStatus",
      d."lastErrorCode", d."lastErrorMessage", d."updatedAt", d."createdAt"
    FROM "Delivery" d WHERE d."workspaceId" = $1 AND d.status = '${status}' AND d."createdAt" >= $2
    ORDER BY d."createdAt" DESC LIMIT $3)`;
  const { rows } = await client.query<FailureRow>(
    `SELECT f.id, f.status, f."connectorId", c.name AS "connectorName", f."attemptCount", f."lastStatus",
            f."lastErrorCode", f."lastErrorMessage", f."updatedAt"
     FROM (${one("failed")} UNION ALL ${one("dead")} UNION ALL ${one("template_error")}) f JOIN "Connector" c ON c.id = f."connectorId"
     ORDER BY f."createdAt" DESC LIMIT $3`,
    [workspaceId, window.from, limit],
  );
  return rows;
}
