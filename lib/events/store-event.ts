// Storing an event with the deliveries it owes in one round trip: rate-limit check (lib/rate-limit's fixed window),
// the event row and its deliveries (lib/delivery's enqueue) in a single statement, so it is stored whole or not at
// all, and answered after commit. Concurrent requests share that statement and its commit (group commit,
// lib/db/group-commit.ts). Used by the inbound receive path, app webhooks and publishing.
import { tokenStillAdminSql } from "../auth/api-tokens";
import { groupCommit } from "../db/group-commit";
import { pool, statementName } from "../db/pool";
import { enqueueManySql, enqueueManyValues, type DeliveryAction } from "../delivery/enqueue";
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

/**
 * The columns of one request (a member of the statement), in parameter order: each is one array parameter holding
 * that column for every member of the batch, so one statement text (one plan per connection) serves any batch size.
 * The event's, then its rate-limit hit, its API token check, and its deliveries' shared values.
 */
const MEMBER_COLUMNS = [
  ["id", "uuid"],
  ["workspace_id", "uuid"],
  ["source", "text"],
  ["trigger_id", "uuid"],
  ["app_webhook_id", "uuid"],
  ["method", "text"],
  ["query", "text"],
  ["headers", "text"],
  ["raw_body", "text"],
  ["body", "text"],
  ["content_type", "text"],
  ["size_bytes", "int"],
  ["idempotency_scope", "text"],
  ["idempotency_key", "text"],
  ["source_ip", "text"],
  ["verification", "text"],
  ["response_status", "int"],
  ["response_body", "text"],
  ["type", "text"],
  ["raw_bytes", "bytea"],
  ["body_raw_only", "bool"],
  ["rl_key", "text"],
  ["rl_limit", "int"],
  ["rl_window_ms", "float8"],
  ["api_token_id", "uuid"],
  ["kind", "text"],
  ["message_id", "text"],
  ["variables", "text"],
] as const;

/**
 * The statement: the members unnested (`m`, numbered from 1), the rate-limit hits of those with a key (members on
 * one bucket are counted together, in one upsert, and let in while the count up to each of them, in member order,
 * is within the limit), the token check, the events of those allowed (a repeated idempotency key inserts nothing),
 * their deliveries (lib/delivery's INSERT), and one row per member saying what became of it. Members never share an
 * idempotency key (the group commit's keys), so no row is touched twice.
 */
const STORE_SQL = `WITH m AS MATERIALIZED (
    SELECT * FROM unnest(${MEMBER_COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ")})
      WITH ORDINALITY AS m(${MEMBER_COLUMNS.map(([name]) => name).join(", ")}, member)),
  hits AS (SELECT rl_key, count(*)::int AS n, max(rl_window_ms) AS window_ms FROM m WHERE rl_key IS NOT NULL
    GROUP BY rl_key),
  limiter AS (${fixedWindowHitSql({
    key: "hits.rl_key",
    windowMs: `(SELECT w.window_ms FROM hits AS w WHERE w.rl_key = EXCLUDED."key")`,
    from: "hits",
    hits: "hits.n",
  })}),
  checked AS MATERIALIZED (
    SELECT m.*,
      m.rl_key IS NULL
        OR l."count" - h.n + row_number() OVER (PARTITION BY m.rl_key ORDER BY m.member) <= m.rl_limit AS allowed,
      m.api_token_id IS NULL OR ${tokenStillAdminSql("m.api_token_id")} AS authorized, l."windowStart" AS window_start
    FROM m LEFT JOIN hits AS h ON h.rl_key = m.rl_key LEFT JOIN limiter AS l ON l."key" = m.rl_key),
  ev AS (
    INSERT INTO "Event" (id, "workspaceId", source, "triggerId", "appWebhookId", method, query, headers, "rawBody",
      body, "contentType", "sizeBytes", "idempotencyScope", "idempotencyKey", "sourceIp", verification,
      "responseStatus", "responseBody", type, "rawBytes", "bodyRawOnly", "receivedAt")
    SELECT id, workspace_id, source::"EventSource", trigger_id, app_webhook_id, method, query::jsonb, headers::jsonb,
      raw_body, body::jsonb, content_type, size_bytes, idempotency_scope, idempotency_key, source_ip, verification,
      response_status, response_body::jsonb, type, raw_bytes, body_raw_only, now()
    FROM checked WHERE allowed AND authorized
    ORDER BY member
    ON CONFLICT ("workspaceId", "idempotencyScope", "idempotencyKey") DO NOTHING
    RETURNING id),
  dl AS (${enqueueManySql("m", "ev", MEMBER_COLUMNS.length + 1)})
SELECT c.member, c.allowed, c.authorized, ev.id AS event_id,
  (SELECT count(*) FROM dl WHERE dl."eventId" = c.id)::int AS deliveries, c.window_start
FROM checked AS c LEFT JOIN ev ON ev.id = c.id
ORDER BY c.member`;

interface StoredRow {
  member: string;
  allowed: boolean;
  authorized: boolean;
  event_id: string | null;
  deliveries: number;
  window_start: Date | null;
}

interface StoreRequest {
  /** This member's value of each of MEMBER_COLUMNS, in order. */
  columns: unknown[];
  actions: DeliveryAction[];
  /** What must not share a statement with this request: its idempotency key. */
  keys: string[];
}

/**
 * Concurrent requests (receives, app webhooks, publishes) are stored by one statement and one commit: under load,
 * one commit per request is what limits ingest. At most 32 a statement (a bigger batch waits longer for its
 * slowest part), and two statements in flight, so one can be written while the previous one commits. The statement
 * takes each column as an array: its text is the same for every batch size, so each connection plans it once
 * (a statement with a parameter per value took longer to plan than to run: ~70 ms for 32 members).
 */
const storeTogether = groupCommit<StoreRequest, StoredRow>({
  maxBatch: 32,
  maxInFlight: 2,
  keysOf: (request) => request.keys,
  write: async (requests) => {
    const columns = MEMBER_COLUMNS.map((_, index) => requests.map((request) => request.columns[index]));
    const actions = enqueueManyValues(
      requests.map((request, index) => ({ member: index + 1, actions: request.actions })),
    );
    // A named statement is parsed and planned once per connection (not through a pooler: statementName).
    const { rows } = await pool().query<StoredRow>({
      name: statementName("store-events"),
      text: STORE_SQL,
      values: [...columns, ...actions],
    });
    return rows;
  },
});

/** For tests: requests waiting for their statement while two are in flight. */
export const storesWaiting = (): number => storeTogether.waiting();

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
  const columns = [
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
    deliveries.kind ?? "trigger_action",
    deliveries.messageId,
    deliveries.variables === undefined ? null : JSON.stringify(deliveries.variables),
  ];
  // Requests on one rate-limit bucket share a statement (one token publishing, one busy trigger); one idempotency
  // key twice would touch one row twice.
  const keys = event.idempotencyKey
    ? [`key:${event.workspaceId}:${event.idempotencyScope}:${event.idempotencyKey}`]
    : [];
  const row = await storeTogether({ columns, actions: deliveries.actions, keys });
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
