// Storing an event with the deliveries it owes in one round trip: rate-limit check (lib/rate-limit's fixed window),
// the event row and its deliveries (lib/delivery's enqueue) in a single statement, so it is stored whole or not at
// all, and answered after commit. Concurrent requests share that statement and its commit (group commit,
// lib/db/group-commit.ts). Used by the inbound receive path, app webhooks and publishing.
import { tokenStillAdminSql } from "../auth/api-tokens";
import { groupCommit } from "../db/group-commit";
import { pool, statementName } from "../db/pool";
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

/** Parameters of one request in the statement: 21 the event, 3 the rate limit, 1 the API token, 9 the deliveries. */
const MEMBER_PARAMS = 34;

/**
 * One request's part of the statement, its CTEs suffixed with `member` and its parameters after the previous
 * members': the rate-limit hit (none without a key), the token check, the event, its deliveries (lib/delivery's
 * fragment); and the row that says what became of it.
 */
function memberSql(member: number): { ctes: string; result: string } {
  const $ = (index: number) => `$${member * MEMBER_PARAMS + index}`;
  const [limiter, allowed, authorized, ev, dl] = [
    `limiter${member}`,
    `allowed${member}`,
    `authorized${member}`,
    `ev${member}`,
    `dl${member}`,
  ];
  const ctes = `
  ${limiter} AS (${fixedWindowHitSql({ key: $(22), windowMs: $(24) })}),
  ${allowed} AS (SELECT ${$(22)}::text IS NULL OR (SELECT "count" FROM ${limiter}) <= ${$(23)}::int AS ok),
  ${authorized} AS (SELECT ${$(25)}::uuid IS NULL OR ${tokenStillAdminSql($(25))} AS ok),
  ${ev} AS (
    INSERT INTO "Event" (id, "workspaceId", source, "triggerId", "appWebhookId", method, query, headers, "rawBody",
      body, "contentType", "sizeBytes", "idempotencyScope", "idempotencyKey", "sourceIp", verification,
      "responseStatus", "responseBody", type, "rawBytes", "bodyRawOnly", "receivedAt")
    SELECT ${$(1)}, ${$(2)}, ${$(3)}::"EventSource", ${$(4)}, ${$(5)}, ${$(6)}, ${$(7)}::jsonb, ${$(8)}::jsonb, ${$(9)},
      ${$(10)}::jsonb, ${$(11)}, ${$(12)}, ${$(13)}, ${$(14)}, ${$(15)}, ${$(16)}, ${$(17)}, ${$(18)}::jsonb, ${$(19)},
      ${$(20)}::bytea, ${$(21)}::bool, now()
    FROM ${allowed}, ${authorized} WHERE ${allowed}.ok AND ${authorized}.ok
    ON CONFLICT ("workspaceId", "idempotencyScope", "idempotencyKey") DO NOTHING
    RETURNING id),
  ${dl} AS (${enqueueSql(ev, member * MEMBER_PARAMS + 26)})`;
  const result = `SELECT ${member} AS member, (SELECT ok FROM ${allowed}) AS allowed,
    (SELECT ok FROM ${authorized}) AS authorized, (SELECT id FROM ${ev}) AS event_id,
    (SELECT count(*) FROM ${dl})::int AS deliveries, (SELECT "windowStart" FROM ${limiter}) AS window_start`;
  return { ctes, result };
}

const statements = new Map<number, string>();

/** The statement that stores `size` requests in one commit; built once per size. */
function storeSql(size: number): string {
  let text = statements.get(size);
  if (!text) {
    const members = Array.from({ length: size }, (_, member) => memberSql(member));
    text = `WITH ${members.map((member) => member.ctes).join(",")}
  ${members.map((member) => member.result).join("\n  UNION ALL ")}`;
    statements.set(size, text);
  }
  return text;
}

interface StoredRow {
  member: number;
  allowed: boolean;
  authorized: boolean;
  event_id: string | null;
  deliveries: number;
  window_start: Date | null;
}

interface StoreRequest {
  params: unknown[];
  /** What must not share a statement with this request: its rate-limit bucket, its idempotency key. */
  keys: string[];
}

/**
 * Concurrent requests (receives, app webhooks, publishes) are stored by one statement and one commit: under load,
 * one commit per request is what limits ingest. At most 32 a statement (a bigger batch waits longer for its
 * slowest part), and two statements in flight, so one can be written while the previous one commits.
 */
const storeTogether = groupCommit<StoreRequest, StoredRow>({
  maxBatch: 32,
  maxInFlight: 2,
  keysOf: (request) => request.keys,
  write: async (requests) => {
    // Named statements are parsed and planned once per connection and size (not through a pooler: statementName).
    const { rows } = await pool().query<StoredRow>({
      name: statementName(`store-events-${requests.length}`),
      text: storeSql(requests.length),
      values: requests.flatMap((request) => request.params),
    });
    const byMember = new Map(rows.map((row) => [Number(row.member), row]));
    return requests.map((_, member) => byMember.get(member)!);
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
  const keys = [
    ...(rateLimit ? [`limit:${rateLimit.key}`] : []),
    ...(event.idempotencyKey ? [`key:${event.workspaceId}:${event.idempotencyScope}:${event.idempotencyKey}`] : []),
  ];
  const row = await storeTogether({ params, keys });
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
