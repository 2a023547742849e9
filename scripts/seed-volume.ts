// npm run seed:volume -- <deliveries> [days]: fills DATABASE_URL's default workspace with a realistic volume for
// the overview benchmark: 12 connectors, 3 triggers, one event per two deliveries and <deliveries> deliveries spread
// over the last <days> (30) days. Rows are made by INSERT … SELECT generate_series inside PostgreSQL in chunks, so
// a million deliveries take seconds and no row crosses the wire. Never part of the test suite (bench only).
import { closePool, pool } from "../lib/db/pool";
import { defaultWorkspaceId } from "../lib/workspaces/default-workspace";
import { disconnectDb } from "../lib/db";

const total = Number(process.argv[2] ?? 1_000_000);
const days = Number(process.argv[3] ?? 30);
if (!Number.isInteger(total) || total < 1 || !Number.isFinite(days) || days <= 0) {
  console.error("usage: npm run seed:volume -- <deliveries> [days]");
  process.exit(1);
}
const CHUNK = 200_000;

// UUID v7 from a timestamp, so seeded ids sort by time like the ones Prisma makes (cursor pagination relies on it).
const uuid7 = `CREATE OR REPLACE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql AS $$
  SELECT (lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
    || '8' || substr(md5(random()::text), 1, 15))::uuid $$`;

async function main() {
  const workspaceId = await defaultWorkspaceId();
  const client = await pool().connect();
  const started = Date.now();
  try {
    await client.query(uuid7);
    const connectorIds = await ensureRows(client, workspaceId, "Connector", 12, (i) => ({
      name: `Volume connector ${i}`,
      sql: `INSERT INTO "Connector" (id, "workspaceId", name, url, "updatedAt") VALUES (pg_temp.uuid7(now()), $1, $2, $3, now()) RETURNING id`,
      params: [workspaceId, `Volume connector ${i}`, `https://example.com/hooks/${i}`],
    }));
    const triggerIds = await ensureRows(client, workspaceId, "Trigger", 3, (i) => ({
      name: `Volume trigger ${i}`,
      sql: `INSERT INTO "Trigger" (id, "workspaceId", name, slug, "secretEnc", "updatedAt") VALUES (pg_temp.uuid7(now()), $1, $2, $3, 'unused', now()) RETURNING id`,
      params: [workspaceId, `Volume trigger ${i}`, `volume-trigger-${i}`],
    }));

    for (let offset = 0; offset < total; offset += CHUNK) {
      const count = Math.min(CHUNK, total - offset);
      // One event per two deliveries, each from one of the triggers; deliveries go to the connectors round robin.
      // Status mix: 93 % succeeded, 3 % failed, 2 % dead, 1 % pending, 1 % cancelled; latency a long-tailed
      // 40 ms … ~2.5 s. As in a running install, only deliveries of the last day are still failed (waiting to
      // retry) or pending: older failed ones have run out of attempts (dead), older pending ones were delivered.
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "Event" (id, "workspaceId", source, type, "triggerId", headers, body, "sizeBytes", "receivedAt")
         SELECT pg_temp.uuid7(ts), $1, 'trigger', 'volume.test', ($2::uuid[])[1 + n % array_length($2::uuid[], 1)],
                '{}', '{"seeded":true}', 16, ts
         FROM (SELECT n, now() - ($4 * interval '1 day') * random() AS ts FROM generate_series(1, $3) AS n) AS s`,
        [workspaceId, triggerIds, Math.ceil(count / 2), days],
      );
      await client.query(
        `INSERT INTO "Delivery" (id, "workspaceId", "connectorId", kind, status, "messageId", "attemptCount",
                                 "lastStatus", "lastErrorCode", "lastErrorMessage", "completedAt", "createdAt", "updatedAt")
         SELECT pg_temp.uuid7(ts), $1, ($2::uuid[])[1 + n % array_length($2::uuid[], 1)], 'event', status,
                'msg_' || md5(n::text || random()::text), CASE WHEN status = 'pending' THEN 0 ELSE 1 END,
                CASE status WHEN 'succeeded' THEN 200 WHEN 'failed' THEN 503 WHEN 'dead' THEN 500 END,
                CASE status WHEN 'failed' THEN 'http_503' WHEN 'dead' THEN 'http_500' END,
                CASE status WHEN 'failed' THEN 'Service Unavailable' WHEN 'dead' THEN 'Internal Server Error' END,
                CASE WHEN status IN ('succeeded', 'dead', 'cancelled') THEN ts + latency END, ts, ts + latency
         FROM (
           SELECT n, ts, (40 + 2500 * power(random(), 4)) * interval '1 millisecond' AS latency,
                  (CASE WHEN r < 0.93 THEN 'succeeded' WHEN r < 0.96 AND recent THEN 'failed' WHEN r < 0.98 THEN 'dead'
                        WHEN r < 0.99 THEN CASE WHEN recent THEN 'pending' ELSE 'succeeded' END
                        ELSE 'cancelled' END)::"DeliveryStatus" AS status
           FROM (SELECT n, ts, r, ts > now() - interval '1 day' AS recent
                 FROM (SELECT n, now() - ($4 * interval '1 day') * random() AS ts, random() AS r
                       FROM generate_series(1, $3) AS n) AS drawn) AS raw
         ) AS s`,
        [workspaceId, connectorIds, count, days],
      );
      await client.query("COMMIT");
      console.log(`  ${Math.min(offset + count, total).toLocaleString("en")} deliveries`);
    }
    await client.query(`ANALYZE "Event"; ANALYZE "Delivery"`);
    console.log(`seeded ${total.toLocaleString("en")} deliveries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    client.release();
  }
}

async function ensureRows(
  client: import("pg").PoolClient,
  workspaceId: string,
  table: "Connector" | "Trigger",
  count: number,
  make: (index: number) => { name: string; sql: string; params: unknown[] },
): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 1; index <= count; index++) {
    const row = make(index);
    const existing = await client.query<{ id: string }>(
      `SELECT id FROM "${table}" WHERE "workspaceId" = $1 AND name = $2`,
      [workspaceId, row.name],
    );
    ids.push(existing.rows[0]?.id ?? (await client.query<{ id: string }>(row.sql, row.params)).rows[0]!.id);
  }
  return ids;
}

try {
  await main();
} finally {
  await closePool();
  await disconnectDb();
}
