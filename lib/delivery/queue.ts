// The delivery queue is the Delivery table itself: a row is due when its status is pending/failed and
// nextAttemptAt has passed, or when the worker holding it (status in_flight) let its lease lapse — that is how a
// killed worker's deliveries come back, within the lease time. Claims use FOR UPDATE SKIP LOCKED so any number of
// workers in any number of processes share the table without taking the same row twice.
import pg from "pg";

export interface ClaimedDelivery {
  id: string;
  workspaceId: string;
  eventId: string | null;
  connectorId: string;
  kind: "event" | "trigger_action" | "test" | "manual";
  messageId: string;
  variables: unknown;
  bodyTemplate: string | null;
  /** The number of the attempt about to be made (claims count attempts, so a lost attempt leaves a gap). */
  attemptNumber: number;
  maxAttempts: number;
  rateSlotAt: Date | null;
  connectorUpdatedAt: Date;
  eventType: string | null;
  eventPayload: unknown;
  eventReceivedAt: Date | null;
  eventSource: string | null;
  eventMethod: string | null;
  eventHeaders: unknown;
  eventQuery: unknown;
  /** The body's text as received, and its content type: the variable model inserts JSON text verbatim. */
  eventRawBody: string | null;
  eventContentType: string | null;
  /** The event's exact body bytes, fetched only when the call needs them (no body template, or raw-only body). */
  eventBody: Buffer | null;
  /** The event's body could not be stored as jsonb: eventPayload is null and eventBody holds it. */
  eventBodyRawOnly: boolean | null;
  /** For a raw-only body in variables stored before the variable model: the variable its parsed form goes under. */
  eventBodyVariable: string | null;
}

/**
 * One branch per kind of due row, each an ordered walk of the (status, nextAttemptAt) index that stops after the
 * limit: a single OR of the three made PostgreSQL scan and sort every due row (a backlog of 10,000: 13 ms a claim),
 * and joining the update to `due` chose a scan of the whole table (9 ms more); `= ANY(ARRAY(...))` takes the
 * primary key. A branch may lock a few rows the final LIMIT leaves out; they are free again at commit, which ends
 * the statement.
 *
 * The walk is forced (`SET LOCAL enable_bitmapscan = off`): without fresh statistics (a burst into a small table,
 * before autovacuum analyzes it) the planner expects a handful of due rows and reads every index entry of the
 * status instead, dead ones included, through a bitmap, then sorts them: O(backlog) per claim, 3.4 ms of a 64-row
 * claim with 10,000 pending and 10,000 done (auto_explain), quadratic over a drain. SET LOCAL needs the
 * statements in one transaction, so they go as one simple-protocol string (one round trip, an implicit transaction
 * that a failure rolls back whole, through a transaction-mode pooler too); the values are inlined, as literals.
 *
 * `lapsed: false` leaves out the branch that takes over claims whose lease lapsed (a worker died): it walks every
 * in_flight entry, this worker's own claims among them, so the worker looks for lapsed leases once in a while
 * rather than on every claim (see worker.ts).
 */
export async function claimDeliveries(
  client: pg.Pool | pg.PoolClient,
  workerId: string,
  limit: number,
  leaseMs: number,
  { lapsed = true }: { lapsed?: boolean } = {},
): Promise<ClaimedDelivery[]> {
  if (!Number.isFinite(limit) || !Number.isFinite(leaseMs))
    throw new Error("claimDeliveries: limit and leaseMs must be numbers");
  const rowLimit = Math.max(0, Math.floor(limit));
  const lease = Math.max(0, Math.floor(leaseMs));
  const lapsedBranch = lapsed
    ? `, lapsed AS (
       SELECT id, "nextAttemptAt" FROM "Delivery" WHERE "status" = 'in_flight' AND "lockedUntil" < now()
       ORDER BY "nextAttemptAt" LIMIT ${rowLimit} FOR UPDATE SKIP LOCKED
     )`
    : "";
  const results = (await client.query(
    `SET LOCAL enable_bitmapscan = off;
     WITH pending AS (
       SELECT id, "nextAttemptAt" FROM "Delivery" WHERE "status" = 'pending' AND "nextAttemptAt" <= now()
       ORDER BY "nextAttemptAt" LIMIT ${rowLimit} FOR UPDATE SKIP LOCKED
     ), failed AS (
       SELECT id, "nextAttemptAt" FROM "Delivery" WHERE "status" = 'failed' AND "nextAttemptAt" <= now()
       ORDER BY "nextAttemptAt" LIMIT ${rowLimit} FOR UPDATE SKIP LOCKED
     )${lapsedBranch}, due AS (
       SELECT id FROM (SELECT * FROM pending UNION ALL SELECT * FROM failed${lapsed ? " UNION ALL SELECT * FROM lapsed" : ""}) candidates
       ORDER BY "nextAttemptAt" LIMIT ${rowLimit}
     ), claimed AS (
       UPDATE "Delivery" d
       SET "status" = 'in_flight', "lockedBy" = ${pg.escapeLiteral(workerId)},
           "lockedUntil" = now() + make_interval(secs => ${lease}::float8 / 1000),
           "attemptCount" = d."attemptCount" + 1, "updatedAt" = now()
       WHERE d.id = ANY(ARRAY(SELECT id FROM due))
       RETURNING d.*
     )
     SELECT c.id, c."workspaceId", c."eventId", c."connectorId", c.kind, c."messageId", c.variables,
            c."bodyTemplate", c."attemptCount" AS "attemptNumber", c."maxAttempts", c."rateSlotAt",
            k."updatedAt" AS "connectorUpdatedAt", e.type AS "eventType", e.body AS "eventPayload",
            e."receivedAt" AS "eventReceivedAt", e.source AS "eventSource", e.method AS "eventMethod",
            e.headers AS "eventHeaders", e.query AS "eventQuery", e."rawBody" AS "eventRawBody",
            e."bodyRawOnly" AS "eventBodyRawOnly", e."contentType" AS "eventContentType",
            CASE WHEN (c."bodyTemplate" IS NULL AND k."bodyTemplate" IS NULL) OR e."bodyRawOnly"
                 THEN coalesce(e."rawBytes", convert_to(e."rawBody", 'UTF8')) END AS "eventBody",
            CASE WHEN e."bodyRawOnly" AND c.variables IS NOT NULL
                 THEN coalesce((SELECT t."bodyVariable" FROM "Trigger" t WHERE t.id = e."triggerId"), 'event') END AS "eventBodyVariable"
     FROM claimed c
     JOIN "Connector" k ON k.id = c."connectorId"
     LEFT JOIN "Event" e ON e.id = c."eventId"`,
  )) as unknown as pg.QueryResult<ClaimedDelivery>[];
  return results[1]!.rows;
}

/** Pushes the lease of deliveries this worker still holds forward: a slow send is not taken over mid-flight. */
export async function extendLeases(client: pg.Pool, workerId: string, ids: string[], leaseMs: number) {
  if (ids.length === 0) return;
  await client.query(
    `UPDATE "Delivery" SET "lockedUntil" = now() + make_interval(secs => $3::float8 / 1000)
     WHERE id = ANY($1::uuid[]) AND "lockedBy" = $2 AND "status" = 'in_flight'`,
    [ids, workerId, leaseMs],
  );
}
