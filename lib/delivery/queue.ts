// The delivery queue is the Delivery table itself: a row is due when its status is pending/failed and
// nextAttemptAt has passed, or when the worker holding it (status in_flight) let its lease lapse — that is how a
// killed worker's deliveries come back, within the lease time. Claims use FOR UPDATE SKIP LOCKED so any number of
// workers in any number of processes share the table without taking the same row twice.
import type pg from "pg";

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

export async function claimDeliveries(
  client: pg.Pool | pg.PoolClient,
  workerId: string,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  const { rows } = await client.query<ClaimedDelivery>(
    `WITH due AS (
       SELECT id FROM "Delivery"
       WHERE ("status" IN ('pending', 'failed') AND "nextAttemptAt" <= now())
          OR ("status" = 'in_flight' AND "lockedUntil" < now())
       ORDER BY "nextAttemptAt"
       LIMIT $1
       FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE "Delivery" d
       SET "status" = 'in_flight', "lockedBy" = $2, "lockedUntil" = now() + make_interval(secs => $3::float8 / 1000),
           "attemptCount" = d."attemptCount" + 1, "updatedAt" = now()
       FROM due WHERE d.id = due.id
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
    [limit, workerId, leaseMs],
  );
  return rows;
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

/** What a worker decided for one claimed delivery. */
export interface DeliveryOutcome {
  id: string;
  status: "succeeded" | "failed" | "dead" | "cancelled" | "pending" | "template_error";
  /** The attempt count to store: the claimed number, or one less when no request was made. */
  attemptCount: number;
  nextAttemptAt: Date | null;
  rateSlotAt: Date | null;
  lastStatus: number | null;
  lastErrorCode: string | null;
  lastErrorMessage: string | null;
  completed: boolean;
}

/**
 * Writes many outcomes in one statement. Only rows this worker still holds are written: when a lease lapsed and
 * another worker took the row over, that worker's outcome wins (the attempt itself is still recorded).
 */
export async function completeDeliveries(client: pg.Pool, workerId: string, outcomes: DeliveryOutcome[]) {
  if (outcomes.length === 0) return;
  await client.query(
    `UPDATE "Delivery" d SET
       "status" = v.status::"DeliveryStatus",
       "attemptCount" = v.attempt_count,
       "nextAttemptAt" = v.next_attempt_at,
       "rateSlotAt" = v.rate_slot_at,
       "lastStatus" = v.last_status,
       "lastErrorCode" = v.last_error_code,
       "lastErrorMessage" = v.last_error_message,
       "completedAt" = CASE WHEN v.completed THEN now() ELSE NULL END,
       "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = now()
     FROM unnest($2::uuid[], $3::text[], $4::int[], $5::timestamptz[], $6::timestamptz[], $7::int[], $8::text[],
                 $9::text[], $10::bool[])
       AS v(id, status, attempt_count, next_attempt_at, rate_slot_at, last_status, last_error_code,
            last_error_message, completed)
     WHERE d.id = v.id AND d."lockedBy" = $1`,
    [
      workerId,
      outcomes.map((o) => o.id),
      outcomes.map((o) => o.status),
      outcomes.map((o) => o.attemptCount),
      outcomes.map((o) => o.nextAttemptAt),
      outcomes.map((o) => o.rateSlotAt),
      outcomes.map((o) => o.lastStatus),
      outcomes.map((o) => o.lastErrorCode),
      outcomes.map((o) => o.lastErrorMessage),
      outcomes.map((o) => o.completed),
    ],
  );
}

export interface AttemptRecord {
  deliveryId: string;
  number: number;
  startedAt: Date;
  durationMs: number;
  requestMethod: string;
  requestUrl: string;
  requestHeaders: Record<string, string>;
  requestBody: string | null;
  requestBodyTruncated: boolean;
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: string | null;
  responseBodyTruncated: boolean;
  responseSizeBytes: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  succeeded: boolean;
}

/**
 * Attempts of deliveries that no longer exist (their connector or event was deleted mid-send, ON DELETE CASCADE)
 * are dropped: the key-share lock waits out a delete in progress and then skips its rows, so such an attempt can
 * never fail the batch and keep the worker retrying it, and every other result in it, forever.
 */
export async function insertAttempts(client: pg.Pool, attempts: AttemptRecord[], newId: () => string) {
  if (attempts.length === 0) return;
  await client.query(
    `INSERT INTO "DeliveryAttempt" (id, "deliveryId", number, "startedAt", "durationMs", "requestMethod",
       "requestUrl", "requestHeaders", "requestBody", "requestBodyTruncated", "responseStatus", "responseHeaders",
       "responseBody", "responseBodyTruncated", "responseSizeBytes", "errorCode", "errorMessage", succeeded)
     SELECT a.* FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::timestamptz[], $5::int[], $6::text[], $7::text[],
       $8::jsonb[], $9::text[], $10::bool[], $11::int[], $12::jsonb[], $13::text[], $14::bool[], $15::int[],
       $16::text[], $17::text[], $18::bool[]) AS a(id, "deliveryId", number, "startedAt", "durationMs", "requestMethod",
       "requestUrl", "requestHeaders", "requestBody", "requestBodyTruncated", "responseStatus", "responseHeaders",
       "responseBody", "responseBodyTruncated", "responseSizeBytes", "errorCode", "errorMessage", succeeded)
     JOIN "Delivery" d ON d.id = a."deliveryId"
     FOR KEY SHARE OF d
     ON CONFLICT ("deliveryId", number) DO NOTHING`,
    [
      attempts.map(() => newId()),
      attempts.map((a) => a.deliveryId),
      attempts.map((a) => a.number),
      attempts.map((a) => a.startedAt),
      attempts.map((a) => a.durationMs),
      attempts.map((a) => a.requestMethod),
      attempts.map((a) => a.requestUrl),
      attempts.map((a) => JSON.stringify(a.requestHeaders)),
      attempts.map((a) => a.requestBody),
      attempts.map((a) => a.requestBodyTruncated),
      attempts.map((a) => a.responseStatus),
      attempts.map((a) => (a.responseHeaders ? JSON.stringify(a.responseHeaders) : null)),
      attempts.map((a) => a.responseBody),
      attempts.map((a) => a.responseBodyTruncated),
      attempts.map((a) => a.responseSizeBytes),
      attempts.map((a) => a.errorCode),
      attempts.map((a) => a.errorMessage),
      attempts.map((a) => a.succeeded),
    ],
  );
}
