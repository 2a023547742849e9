// Storing an event with the deliveries it owes in one round trip: rate-limit check (lib/rate-limit's fixed window),
// the event row and its deliveries (lib/delivery's enqueue) in a single statement, so it is stored whole or not at
// all, and answered after commit. Used by the inbound receive path, app webhooks and publishing.
import { tokenStillAdminSql } from "../auth/api-tokens";
import { pool } from "../db/pool";
import { enqueueSql, enqueueValues, type DeliveryAction } from "../delivery/enqueue";
import { fixedWindowHitSql, secondsUntilReset } from "../rate-limit/fixed-window";

export interface InboundEventRow {
  id: string;
  workspaceId: string;
  source: "trigger" | "app_webhook" | "api" | "test";
  /** Event type key (published events). */
  type?: string | null;
  triggerId: string | null;
  appWebhookId: string | null;
  method: string | null;
  query: Record<string, string | string[]> | null;
  headers: Record<string, string>;
  /** The body as text, when its bytes are text PostgreSQL can hold (lib/events/received-body.ts). */
  rawBody: string | null;
  /** The exact bytes, when rawBody cannot hold them. */
  rawBytes: Buffer | null;
  /** The parsed body; null when jsonb cannot hold it (bodyRawOnly). */
  body: unknown;
  bodyRawOnly: boolean;
  contentType: string | null;
  sizeBytes: number;
  idempotencyScope: string | null;
  idempotencyKey: string | null;
  sourceIp: string | null;
  verification: string | null;
  /** What the request was answered, as the HTTP edge decided; null for an event published from code. */
  responseStatus: number | null;
  responseBody: unknown;
}

/** A repeated Idempotency-Key / webhook-id within this window gets the first answer. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export type StoreResult =
  | { outcome: "stored"; deliveries: number }
  | { outcome: "rate_limited"; retryAfterSeconds: number }
  /** The API token the write was made for may no longer publish (its grant came from a cache): nothing stored. */
  | { outcome: "token_refused" }
  | {
      outcome: "duplicate";
      responseStatus: number;
      responseBody: unknown;
      /** The first request had the same type and body (JSON compared as values, anything else as text). */
      sameRequest: boolean;
    };

// Parameters: $1–$21 the event, $22–$24 the rate limit, $25 the API token that must still be an admin (or null), then
// the deliveries (enqueueValues).
const EVENT_INSERT = `
  INSERT INTO "Event" (id, "workspaceId", source, "triggerId", "appWebhookId", method, query, headers, "rawBody", body,
    "contentType", "sizeBytes", "idempotencyScope", "idempotencyKey", "sourceIp", verification, "responseStatus",
    "responseBody", type, "rawBytes", "bodyRawOnly", "receivedAt")
  SELECT $1, $2, $3::"EventSource", $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10::jsonb, $11, $12, $13, $14, $15, $16,
    $17, $18::jsonb, $19, $20::bytea, $21::bool, now()
  FROM allowed, authorized WHERE allowed.ok AND authorized.ok
  ON CONFLICT ("workspaceId", "idempotencyScope", "idempotencyKey") DO NOTHING
  RETURNING id`;

const DELIVERIES_INSERT = enqueueSql("ev", 26);

const AUTHORIZED = `authorized AS (SELECT $25::uuid IS NULL OR ${tokenStillAdminSql("$25")} AS ok)`;

const WITH_LIMIT = `
  WITH limiter AS (${fixedWindowHitSql({ key: "$22", windowMs: "$24" })}),
  allowed AS (SELECT (SELECT "count" FROM limiter) <= $23::int AS ok), ${AUTHORIZED},
  ev AS (${EVENT_INSERT}), dl AS (${DELIVERIES_INSERT})
  SELECT (SELECT ok FROM allowed) AS allowed, (SELECT ok FROM authorized) AS authorized, (SELECT id FROM ev) AS event_id, (SELECT count(*) FROM dl)::int AS deliveries,
    (SELECT "windowStart" FROM limiter) AS window_start`;

const WITHOUT_LIMIT = `
  WITH allowed AS (SELECT true AS ok), ${AUTHORIZED}, ev AS (${EVENT_INSERT}), dl AS (${DELIVERIES_INSERT})
  SELECT true AS allowed, (SELECT ok FROM authorized) AS authorized, (SELECT id FROM ev) AS event_id, (SELECT count(*) FROM dl)::int AS deliveries,
    NULL::timestamptz AS window_start, $22::text AS unused_key, $23::int AS unused_limit, $24::float8 AS unused_window`;

export async function storeInboundEvent(
  event: InboundEventRow,
  deliveries: {
    messageId: string;
    /** Rendering variables stored on each delivery; absent for published events (taken from the event). */
    variables?: unknown;
    actions: DeliveryAction[];
    kind?: "trigger_action" | "event";
  },
  rateLimit: { key: string; count: number; windowMs: number } | null,
  /** Store only while this API token may still publish: its grant came from a cache that may be a moment behind. */
  apiTokenId: string | null = null,
  retried = false,
): Promise<StoreResult> {
  const params = [
    event.id,
    event.workspaceId,
    event.source,
    event.triggerId,
    event.appWebhookId,
    event.method,
    event.query === null ? null : JSON.stringify(event.query),
    JSON.stringify(event.headers),
    event.rawBody,
    event.body === undefined ? null : JSON.stringify(event.body),
    event.contentType,
    event.sizeBytes,
    event.idempotencyScope,
    event.idempotencyKey,
    event.sourceIp,
    event.verification,
    event.responseStatus,
    JSON.stringify(event.responseBody),
    event.type ?? null,
    event.rawBytes,
    event.bodyRawOnly,
    rateLimit?.key ?? null,
    rateLimit?.count ?? null,
    rateLimit?.windowMs ?? null,
    apiTokenId,
    ...enqueueValues({ ...deliveries, workspaceId: event.workspaceId, kind: deliveries.kind ?? "trigger_action" }),
  ];
  // Named statements are parsed and planned once per connection: this one runs for every inbound request.
  const { rows } = await pool().query<{
    allowed: boolean;
    authorized: boolean;
    event_id: string | null;
    deliveries: number;
    window_start: Date | null;
  }>({
    name: rateLimit ? "store-inbound-limited" : "store-inbound",
    text: rateLimit ? WITH_LIMIT : WITHOUT_LIMIT,
    values: params,
  });
  const row = rows[0]!;
  if (!row.allowed) {
    return {
      outcome: "rate_limited",
      retryAfterSeconds: secondsUntilReset(row.window_start ?? new Date(), rateLimit?.windowMs ?? 1000),
    };
  }
  if (!row.authorized) return { outcome: "token_refused" };
  if (row.event_id) return { outcome: "stored", deliveries: row.deliveries };
  const previous = await pool().query<{
    id: string;
    responseStatus: number;
    responseBody: unknown;
    receivedAt: Date;
    same_request: boolean;
  }>(
    `SELECT id, "responseStatus", "responseBody", "receivedAt",
       type IS NOT DISTINCT FROM $4 AND CASE WHEN body IS NOT NULL AND $5::jsonb IS NOT NULL THEN body = $5::jsonb
                                             ELSE "rawBody" IS NOT DISTINCT FROM $6 END AS same_request
     FROM "Event" WHERE "workspaceId" = $1 AND "idempotencyScope" = $2 AND "idempotencyKey" = $3`,
    [
      event.workspaceId,
      event.idempotencyScope,
      event.idempotencyKey,
      event.type ?? null,
      event.body === undefined || event.body === null ? null : JSON.stringify(event.body),
      event.rawBody,
    ],
  );
  const first = previous.rows[0];
  if (first && Date.now() - first.receivedAt.getTime() > IDEMPOTENCY_WINDOW_MS && !retried) {
    // Past the 24 h window the key is free again: release it from the old event and store this one.
    await pool().query(`UPDATE "Event" SET "idempotencyKey" = NULL, "idempotencyScope" = NULL WHERE id = $1`, [
      first.id,
    ]);
    return storeInboundEvent(event, deliveries, rateLimit, apiTokenId, true);
  }
  return {
    outcome: "duplicate",
    responseStatus: first?.responseStatus ?? 200,
    responseBody: first?.responseBody ?? null,
    sameRequest: first?.same_request ?? true,
  };
}
