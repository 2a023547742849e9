// The rows of bench:volume, made inside PostgreSQL by INSERT … SELECT generate_series (no row crosses the wire):
// events (70 % published orders and customers as JSON, 30 % GitHub-like trigger requests), two deliveries per event
// to two of twelve connectors, and one DeliveryAttempt row per attempt made (succeeded 1, failed 1–3, dead 8), with
// request and response as the worker stores them. Rows are written in time order, so the time-ordered (v7-shaped) ids
// and every time index grow at their end as in a running install.
//
// Seeding 10,000,000 deliveries row by row through the indexes would take hours on two cores: the indexes other than
// the primary keys are dropped first and built once at the end (their definitions are kept in a table meanwhile, so
// an interrupted seed still gets them back on the next run), and foreign-key and NOTIFY triggers are off for the
// seeding session (session_replication_role = replica): the rows are consistent by construction.
import type pg from "pg";

export const SEEDED_TABLES = ["Event", "Delivery", "DeliveryAttempt"] as const;
const KEPT_INDEXES = "_volume_seed_indexes";

/** One stretch of time filled with events n = first … first + events - 1, evenly spread from `from` to `to`. */
export interface SeedSegment {
  workspaceId: string;
  connectorIds: string[];
  triggerIds: string[];
  first: number;
  events: number;
  from: Date;
  to: Date;
  /** Deliveries after this time may still be failed (retrying) or pending, as in a running install. */
  recentSince: Date;
}

const CHUNK_EVENTS = 50_000;

// A v7-shaped uuid from the row's time and number; the variant nibble says which table (8 events, 9 and a the
// two deliveries of an event), so ids never repeat and sort by time.
const EVENT_ID = `(lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7'
  || lpad(to_hex(n % 4096), 3, '0') || '8' || lpad(to_hex(n), 15, '0'))::uuid`;

const SEED_CHUNK = `
WITH rows AS (
  SELECT n, $6::timestamptz + ($7::timestamptz - $6::timestamptz) * ((n - $4)::float8 / $5) AS ts
  FROM generate_series($8::bigint, $9::bigint) AS n
), shaped AS (
  SELECT n, ts, CASE WHEN n % 10 < 5 THEN 'order.paid' WHEN n % 10 < 6 THEN 'order.refunded'
                     WHEN n % 10 < 7 THEN 'customer.created' ELSE NULL END AS type
  FROM rows
), bodies AS (
  SELECT n, ts, type,
    CASE WHEN type IS NULL THEN jsonb_build_object('ref', 'refs/heads/main',
           'repository', jsonb_build_object('full_name', 'acme/repo' || (n % 200)),
           'pusher', jsonb_build_object('name', 'dev' || (n % 300)), 'after', md5(n::text))
         ELSE jsonb_build_object('id', 'ord_' || n, 'customer',
           jsonb_build_object('email', 'user' || (n % 50000) || '@example.com',
             'country', (ARRAY['DE','FR','US','GB','NL'])[1 + n % 5]),
           'amount', n % 10000, 'currency', 'EUR',
           'items', jsonb_build_array(jsonb_build_object('sku', 'sku_' || (n % 500), 'qty', 1 + n % 3)))
    END AS body
  FROM shaped
), events AS (
  INSERT INTO "Event" (id, "workspaceId", source, type, "triggerId", method, headers, "rawBody", body, "contentType",
    "sizeBytes", "responseStatus", "receivedAt")
  SELECT ${EVENT_ID}, $1,
    (CASE WHEN type IS NULL THEN 'trigger' ELSE 'api' END)::"EventSource", type,
    CASE WHEN type IS NULL THEN ($3::uuid[])[1 + n % array_length($3::uuid[], 1)] END,
    CASE WHEN type IS NULL THEN 'POST' END,
    CASE WHEN type IS NULL THEN jsonb_build_object('content-type', 'application/json', 'x-github-event',
      CASE WHEN n % 7 = 0 THEN 'ping' ELSE 'push' END, 'x-github-delivery', md5('d' || n), 'user-agent',
      'GitHub-Hookshot/7f2b1c3') ELSE '{}'::jsonb END,
    body::text, body, 'application/json', length(body::text), 202, ts
  FROM bodies
  RETURNING id, "receivedAt", "rawBody", type
), drawn AS (
  SELECT e.id AS event_id, e."rawBody", e.type, j, e."receivedAt" + (3 + j * 2) * interval '1 millisecond' AS ts,
    overlay(e.id::text PLACING CASE j WHEN 0 THEN '9' ELSE 'a' END FROM 20 FOR 1)::uuid AS id,
    ('x' || substr(e.id::text, 29, 8))::bit(32)::bigint AS h, random() AS r,
    (40 + 2500 * power(random(), 4)) * interval '1 millisecond' AS latency
  FROM events e CROSS JOIN generate_series(0, 1) AS j
), statused AS (
  SELECT *, (CASE WHEN r < 0.93 THEN 'succeeded' WHEN r < 0.96 AND ts > $10 THEN 'failed' WHEN r < 0.98 THEN 'dead'
                  WHEN r < 0.99 THEN CASE WHEN ts > $10 THEN 'pending' ELSE 'succeeded' END
                  ELSE 'cancelled' END)::"DeliveryStatus" AS status,
    ($2::uuid[])[1 + (h + j * 5) % array_length($2::uuid[], 1)] AS connector_id
  FROM drawn
), deliveries AS (
  INSERT INTO "Delivery" (id, "workspaceId", "eventId", "connectorId", kind, status, "messageId", "attemptCount",
    "nextAttemptAt", "lastStatus", "lastErrorCode", "lastErrorMessage", "completedAt", "createdAt", "updatedAt")
  SELECT id, $1, event_id, connector_id, (CASE WHEN type IS NULL THEN 'trigger_action' ELSE 'event' END)::"DeliveryKind",
    status, 'msg_' || replace(id::text, '-', ''),
    CASE status WHEN 'succeeded' THEN 1 WHEN 'failed' THEN 1 + h % 3 WHEN 'dead' THEN 8 ELSE 0 END,
    CASE WHEN status IN ('failed', 'pending') THEN ts + interval '5 minutes' END,
    CASE status WHEN 'succeeded' THEN 200 WHEN 'failed' THEN 503 WHEN 'dead' THEN 500 END,
    CASE status WHEN 'failed' THEN 'http_503' WHEN 'dead' THEN 'http_500' END,
    CASE status WHEN 'failed' THEN 'Service Unavailable' WHEN 'dead' THEN 'Internal Server Error' END,
    CASE WHEN status IN ('succeeded', 'dead', 'cancelled') THEN ts + latency END, ts, ts + latency
  FROM statused
  RETURNING id, "eventId", "connectorId", status, "attemptCount", "messageId", "createdAt", "lastStatus"
)
INSERT INTO "DeliveryAttempt" (id, "deliveryId", number, "startedAt", "durationMs", "requestMethod", "requestUrl",
  "requestHeaders", "requestBody", "responseStatus", "responseHeaders", "responseBody", "responseSizeBytes",
  "errorCode", "errorMessage", succeeded)
SELECT overlay(d.id::text PLACING 'b' || to_hex(CASE substr(d.id::text, 20, 1) WHEN '9' THEN 0 ELSE 8 END + a - 1)
    FROM 20 FOR 2)::uuid, d.id, a,
  d."createdAt" + (a - 1) * interval '37 seconds', 40 + (a * 97) % 900, 'POST',
  'https://hooks.example.com/volume/' || substr(d."connectorId"::text, 1, 8),
  jsonb_build_object('content-type', 'application/json', 'user-agent', 'Switchboard/1.0', 'webhook-id', d."messageId",
    'webhook-timestamp', extract(epoch FROM d."createdAt")::bigint::text, 'webhook-signature', '[redacted]'),
  s.body, final_status, jsonb_build_object('content-type', 'application/json', 'server', 'nginx'),
  CASE WHEN final_status = 200 THEN '{"received":true}' ELSE '{"error":"upstream unavailable"}' END,
  CASE WHEN final_status = 200 THEN 17 ELSE 32 END,
  CASE WHEN final_status <> 200 THEN 'http_' || final_status END,
  CASE final_status WHEN 503 THEN 'Service Unavailable' WHEN 500 THEN 'Internal Server Error' END,
  final_status = 200
FROM deliveries d
JOIN (SELECT id, "rawBody" AS body FROM events) s ON s.id = d."eventId"
CROSS JOIN LATERAL generate_series(1, d."attemptCount") AS a
CROSS JOIN LATERAL (SELECT CASE WHEN a = d."attemptCount" THEN d."lastStatus" ELSE 503 END AS final_status) f`;

/** Drops the indexes the seed would otherwise maintain row by row (primary keys stay), keeping their definitions. */
export async function dropSeededIndexes(client: pg.PoolClient): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${KEPT_INDEXES} (name text PRIMARY KEY, definition text NOT NULL)`);
  await client.query(
    `INSERT INTO ${KEPT_INDEXES} SELECT indexname, indexdef FROM pg_indexes
     WHERE schemaname = 'public' AND tablename = ANY($1) AND indexname NOT LIKE '%\\_pkey' ON CONFLICT DO NOTHING`,
    [SEEDED_TABLES],
  );
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${KEPT_INDEXES}`);
  for (const { name } of rows) await client.query(`DROP INDEX IF EXISTS "${name}"`);
}

/** Builds the dropped indexes again, each timed; returns [] when none were dropped. */
export async function rebuildSeededIndexes(
  client: pg.PoolClient,
  log: (message: string) => void,
): Promise<{ name: string; buildMs: number }[]> {
  const { rows: exists } = await client.query(`SELECT to_regclass($1) AS kept`, [KEPT_INDEXES]);
  if (!exists[0]?.kept) return [];
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT name, definition FROM ${KEPT_INDEXES} ORDER BY name`,
  );
  const built = [];
  for (const { name, definition } of rows) {
    const started = performance.now();
    await client.query(definition.replace(/^CREATE (UNIQUE )?INDEX /, "CREATE $1INDEX IF NOT EXISTS "));
    const buildMs = Math.round(performance.now() - started);
    built.push({ name, buildMs });
    log(`built ${name} in ${(buildMs / 1000).toFixed(1)} s`);
  }
  await client.query(`DROP TABLE ${KEPT_INDEXES}`);
  return built;
}

/** Where a segment stands: its progress row in _volume_seed is written in the same transaction as each chunk. */
export interface SeedProgress {
  name: string;
  seededAt: Date;
  /** Events of the segment written before this call. */
  done: number;
}

/** Writes one segment in chunks of CHUNK_EVENTS events, each in its own transaction with its progress. */
export async function seedSegment(
  client: pg.PoolClient,
  segment: SeedSegment,
  log: (message: string) => void,
  progress: SeedProgress,
): Promise<void> {
  await client.query("SET session_replication_role = replica");
  try {
    for (let offset = 0; offset < segment.events; offset += CHUNK_EVENTS) {
      const firstN = segment.first + offset;
      const written = Math.min(offset + CHUNK_EVENTS, segment.events);
      const started = performance.now();
      await client.query("BEGIN");
      await client.query(SEED_CHUNK, [
        segment.workspaceId,
        segment.connectorIds,
        segment.triggerIds,
        segment.first - progress.done,
        segment.events + progress.done,
        segment.from,
        segment.to,
        firstN,
        segment.first + written - 1,
        segment.recentSince,
      ]);
      await client.query(
        `INSERT INTO _volume_seed (segment, seeded_at, events_done) VALUES ($1, $2, $3)
         ON CONFLICT (segment) DO UPDATE SET events_done = EXCLUDED.events_done`,
        [progress.name, progress.seededAt, progress.done + written],
      );
      await client.query("COMMIT");
      log(
        `  ${progress.name}: events ${(progress.done + written).toLocaleString("en")} of ${(segment.events + progress.done).toLocaleString("en")} (${Math.round(performance.now() - started)} ms)`,
      );
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.query("SET session_replication_role = DEFAULT");
  }
}
