// Writing back what happened to deliveries: their attempts (the request as stored, the response) and their
// outcomes (status, next attempt, last error), together in one statement, so a delivery is never marked done
// without its attempt on record. Used by the workers in batches and by a connector sent by hand.
import type pg from "pg";
import { uuidv7 } from "../core/ids";
import type { OutboundResult } from "../http/types";
import type { RedactedRequest } from "../connectors/build-request";
import { DELIVERY_STATUS_CHANNEL } from "../db/channels";
import { notifySoon } from "../db/notify-soon";

type Queryable = pg.Pool | pg.PoolClient;

/** What happened to one delivery after a claim (or a send by hand): written by recordResults. */
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
 * Writes many results in one statement (one round trip, one commit): every status change after a send goes
 * through here. An outcome is only written to a row `holder` still holds: when a lease lapsed and another worker
 * took the row over, that worker's outcome wins (the attempt itself is still recorded). A null holder writes rows
 * nobody holds (a delivery sent by hand). Attempts and outcomes commit together, so a delivery is never marked
 * done without its attempt on record. The live views of each workspace touched are told (the Overview's rates
 * and the lists move without polling).
 *
 * Attempts of deliveries that no longer exist (their connector or event was deleted mid-send, ON DELETE CASCADE)
 * are dropped: the rows they belong to are locked first (the update's own lock, or a key-share lock on rows it
 * did not write), which waits out a delete in progress and then skips its rows, so such an attempt can never fail
 * the batch and keep the worker retrying it, and every other result in it, forever. `kept` reads `updated` before
 * it locks anything, so it never locks a row this statement has just written (a row locked after its update by
 * the same statement would be skipped, and its attempt lost).
 */
export async function recordResults(
  client: Queryable,
  holder: string | null,
  attempts: AttemptRecord[],
  outcomes: DeliveryOutcome[],
) {
  if (outcomes.length === 0 && attempts.length === 0) return;
  const { rows } = await client.query<{ workspaceId: string }>(
    `WITH outcome AS (
       SELECT * FROM unnest($2::uuid[], $3::text[], $4::int[], $5::timestamptz[], $6::timestamptz[], $7::int[],
                            $8::text[], $9::text[], $10::bool[])
         AS v(id, status, attempt_count, next_attempt_at, rate_slot_at, last_status, last_error_code,
              last_error_message, completed)
     ), updated AS (
       UPDATE "Delivery" d SET
         "status" = v.status::"DeliveryStatus",
         "attemptCount" = v.attempt_count,
         "nextAttemptAt" = v.next_attempt_at,
         "rateSlotAt" = v.rate_slot_at,
         "lastStatus" = v.last_status,
         "lastErrorCode" = v.last_error_code,
         "lastErrorMessage" = v.last_error_message,
         "completedAt" = CASE WHEN v.completed THEN now() ELSE NULL END,
         "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = now()
       FROM outcome v
       WHERE d.id = v.id AND d."lockedBy" IS NOT DISTINCT FROM $1
       RETURNING d.id, d."workspaceId"
     ), attempt AS (
       SELECT * FROM unnest($11::uuid[], $12::uuid[], $13::int[], $14::timestamptz[], $15::int[], $16::text[],
                            $17::text[], $18::jsonb[], $19::text[], $20::bool[], $21::int[], $22::jsonb[],
                            $23::text[], $24::bool[], $25::int[], $26::text[], $27::text[], $28::bool[])
         AS a(id, "deliveryId", number, "startedAt", "durationMs", "requestMethod", "requestUrl", "requestHeaders",
              "requestBody", "requestBodyTruncated", "responseStatus", "responseHeaders", "responseBody",
              "responseBodyTruncated", "responseSizeBytes", "errorCode", "errorMessage", succeeded)
     ), kept AS (
       SELECT d.id FROM "Delivery" d
       WHERE d.id IN (SELECT "deliveryId" FROM attempt) AND d.id NOT IN (SELECT id FROM updated)
       FOR KEY SHARE
     ), inserted AS (
       INSERT INTO "DeliveryAttempt" (id, "deliveryId", number, "startedAt", "durationMs", "requestMethod",
         "requestUrl", "requestHeaders", "requestBody", "requestBodyTruncated", "responseStatus", "responseHeaders",
         "responseBody", "responseBodyTruncated", "responseSizeBytes", "errorCode", "errorMessage", succeeded)
       SELECT a.* FROM attempt a
       WHERE a."deliveryId" IN (SELECT id FROM updated UNION ALL SELECT id FROM kept)
       ON CONFLICT ("deliveryId", number) DO NOTHING
     )
     SELECT DISTINCT "workspaceId" FROM updated`,
    [
      holder,
      outcomes.map((o) => o.id),
      outcomes.map((o) => o.status),
      outcomes.map((o) => o.attemptCount),
      outcomes.map((o) => o.nextAttemptAt),
      outcomes.map((o) => o.rateSlotAt),
      outcomes.map((o) => o.lastStatus),
      outcomes.map((o) => o.lastErrorCode),
      outcomes.map((o) => o.lastErrorMessage),
      outcomes.map((o) => o.completed),
      attempts.map(() => uuidv7()),
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
  for (const { workspaceId } of rows) notifySoon(DELIVERY_STATUS_CHANNEL, workspaceId);
}

/** Outcomes without attempts (nothing was sent): see recordResults. */
export const recordOutcomes = (client: Queryable, holder: string | null, outcomes: DeliveryOutcome[]) =>
  recordResults(client, holder, [], outcomes);

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

/** PostgreSQL text cannot hold NUL characters; a response body may. */
const clean = (text: string | null) => (text ? text.replaceAll("\u0000", "\uFFFD") : text);
const cleanHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, clean(value) ?? ""]));

/** The attempt to record: the request as stored (secrets already redacted) and the response. */
export function attemptRecord(
  delivery: { id: string; attemptNumber: number },
  stored: RedactedRequest,
  result: OutboundResult,
): AttemptRecord {
  return {
    deliveryId: delivery.id,
    number: delivery.attemptNumber,
    startedAt: result.startedAt,
    durationMs: Math.round(result.durationMs),
    requestMethod: stored.method,
    requestUrl: stored.url,
    requestHeaders: cleanHeaders(stored.headers),
    requestBody: clean(stored.body),
    requestBodyTruncated: stored.bodyTruncated,
    responseStatus: result.status,
    responseHeaders: result.status === null ? null : cleanHeaders(result.headers),
    responseBody: result.status === null ? null : clean(result.body),
    responseBodyTruncated: result.bodyTruncated,
    responseSizeBytes: result.status === null ? null : result.sizeBytes,
    errorCode: result.error?.code ?? null,
    errorMessage: result.error?.message ?? null,
    succeeded: result.ok,
  };
}
