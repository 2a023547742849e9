// npm run bench:search: the Events and Deliveries search (lib/search) at 1,000,000 events, in a database of its own.
// Seeds with set-based INSERT … SELECT generate_series (no row crosses the wire): 70 % published orders (JSON with a
// customer, an amount, items), 20 % GitHub-like trigger requests (headers with x-github-event and webhook-id), 10 %
// plain-text bodies, over 30 days, and one delivery per five events. The search indexes are built after the rows
// (as CREATE INDEX on an existing install's table would), and their build time and size are reported. Then times
// listEvents / listDeliveries — the server side of GET /api/v1/events?q= and /api/v1/deliveries?q= — 20 runs per
// search after a warm-up, and keeps each query's EXPLAIN ANALYZE to show which index answers it.
// Writes bench/results/search-<date>.json and .md.
import os from "node:os";
import { benchDatabase } from "./lib/bench-database";
import { describeMachine } from "./lib/machine";
import { percentile, writeResults } from "./lib/write-results";

const EVENTS = Number(process.env.BENCH_SEARCH_EVENTS ?? 1_000_000);
const CHUNK = 100_000;
const RUNS = 20;
const SEARCH_INDEXES = ["Event_body_idx", "Event_headers_idx", "Event_rawBody_idx"];
const log = (message: string) => console.log(`[bench:search] ${message}`);

const database = await benchDatabase("search", log);
const { db, disconnectDb } = await import("../lib/db");
const { pool, closePool } = await import("../lib/db/pool");
const { Prisma } = await import("../lib/generated/prisma/client");
const { defaultWorkspaceId } = await import("../lib/workspaces/default-workspace");
const { eventPageSql, listEvents, listEventsSchema } = await import("../lib/events/list-events");
const { deliveryPageSql, listDeliveries, listDeliveriesSchema } = await import("../lib/delivery/list-deliveries");

// A time-ordered (v7-shaped) id from the row's time and number: ids sort by time, as the lists page by id.
const UUID7 = `(lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7'
  || lpad(to_hex(n % 4096), 3, '0') || '8' || lpad(to_hex(n), 15, '0'))::uuid`;

async function seed(workspaceId: string) {
  const client = await pool().connect();
  try {
    // Seeding and index builds run as long as they need, as migrations do (the app's pool has a statement timeout).
    await client.query("SET statement_timeout = 0");
    const {
      rows: [connector],
    } = await client.query<{ id: string }>(
      `INSERT INTO "Connector" (id, "workspaceId", name, url, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Bench CRM', 'https://example.com/hooks', now()) RETURNING id`,
      [workspaceId],
    );
    const {
      rows: [trigger],
    } = await client.query<{ id: string }>(
      `INSERT INTO "Trigger" (id, "workspaceId", name, slug, "secretEnc", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'GitHub', 'github', 'unused', now()) RETURNING id`,
      [workspaceId],
    );
    // The search indexes are built after the rows: faster than maintaining them row by row, and it is what
    // migrating an existing install does. Their definitions are read back from the migrated database.
    const { rows: definitions } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY($1)`,
      [SEARCH_INDEXES],
    );
    for (const { indexname } of definitions) await client.query(`DROP INDEX "${indexname}"`);
    const seedStarted = performance.now();
    for (let offset = 0; offset < EVENTS; offset += CHUNK) {
      const count = Math.min(CHUNK, EVENTS - offset);
      await client.query(
        `WITH rows AS (
           SELECT n, now() - interval '30 days' * (1 - n::float8 / $3) AS ts FROM generate_series($2 + 1, $2 + $4) AS n
         ), shaped AS (
           SELECT n, ts,
             CASE WHEN n % 10 < 7 THEN 'order' WHEN n % 10 < 9 THEN 'push' ELSE 'text' END AS kind FROM rows
         ), bodies AS (
           SELECT n, ts, kind,
             CASE kind
               WHEN 'order' THEN jsonb_build_object('id', 'ord_' || n, 'customer',
                 jsonb_build_object('email', 'user' || (n % 50000) || '@example.com',
                   'country', (ARRAY['DE','FR','US','GB','NL'])[1 + n % 5]),
                 'amount', n % 10000, 'currency', 'EUR',
                 'items', jsonb_build_array(jsonb_build_object('sku', 'sku_' || (n % 500), 'qty', 1 + n % 3)))
               WHEN 'push' THEN jsonb_build_object('ref', 'refs/heads/main',
                 'repository', jsonb_build_object('full_name', 'acme/repo' || (n % 200)),
                 'pusher', jsonb_build_object('name', 'dev' || (n % 300)), 'after', md5(n::text))
             END AS body
           FROM shaped
         )
         INSERT INTO "Event" (id, "workspaceId", source, type, "triggerId", headers, "rawBody", body, "contentType",
           "sizeBytes", "responseStatus", "receivedAt")
         SELECT ${UUID7}, $1,
           (CASE kind WHEN 'order' THEN 'api' ELSE 'trigger' END)::"EventSource",
           CASE kind WHEN 'order' THEN 'order.paid' END,
           CASE kind WHEN 'order' THEN NULL ELSE $5::uuid END,
           CASE kind WHEN 'order' THEN '{}'::jsonb
             ELSE jsonb_build_object('content-type', 'application/json', 'x-github-event',
               CASE WHEN n % 7 = 0 THEN 'ping' ELSE 'push' END, 'webhook-id', 'msg_in_' || n) END,
           COALESCE(body::text, 'plain text message number ' || n || ' from the night batch'),
           body, 'application/json', length(COALESCE(body::text, '')),
           CASE WHEN n % 50 = 0 THEN 401 ELSE 202 END, ts
         FROM bodies`,
        [workspaceId, offset, EVENTS, count, trigger!.id],
      );
      log(`events: ${offset + count}`);
    }
    // One delivery per five events, to the one connector; 5 % dead.
    await client.query(
      `INSERT INTO "Delivery" (id, "workspaceId", "eventId", "connectorId", kind, status, "messageId", "attemptCount",
         "createdAt", "updatedAt")
       SELECT e.id, $1, e.id, $2, 'event', (CASE WHEN random() < 0.05 THEN 'dead' ELSE 'succeeded' END)::"DeliveryStatus",
         'msg_' || replace(e.id::text, '-', ''), 1, e."receivedAt", e."receivedAt"
       FROM "Event" e WHERE get_byte(uuid_send(e.id), 15) % 5 = 0`,
      [workspaceId, connector!.id],
    );
    const seedMs = performance.now() - seedStarted;
    const indexes = [];
    for (const { indexname, indexdef } of definitions) {
      const started = performance.now();
      await client.query(indexdef);
      indexes.push({ name: indexname, buildMs: Math.round(performance.now() - started) });
      log(`built ${indexname}`);
    }
    await client.query(`ANALYZE "Event"; ANALYZE "Delivery"`);
    const { rows: sizes } = await client.query<{ name: string; size: string }>(
      `SELECT c.relname AS name, pg_size_pretty(pg_relation_size(c.oid)) AS size FROM pg_class c
       WHERE c.relname = ANY($1) OR c.relname IN ('Event', 'Delivery')`,
      [SEARCH_INDEXES],
    );
    const { rows: counts } = await client.query<{ events: number; deliveries: number }>(
      `SELECT (SELECT count(*) FROM "Event")::int AS events, (SELECT count(*) FROM "Delivery")::int AS deliveries`,
    );
    return {
      seedMs: Math.round(seedMs),
      indexes: indexes.map((index) => ({ ...index, size: sizes.find((row) => row.name === index.name)?.size })),
      tableSizes: sizes.filter((row) => !SEARCH_INDEXES.includes(row.name)),
      ...counts[0]!,
    };
  } finally {
    client.release();
  }
}

interface Search {
  list: "events" | "deliveries";
  q: string;
  /** What it stands for, in the results. */
  what: string;
}

async function measure(workspaceId: string, search: Search) {
  const run =
    search.list === "events"
      ? () => listEvents(workspaceId, listEventsSchema.parse({ q: search.q }), "admin")
      : () => listDeliveries(workspaceId, listDeliveriesSchema.parse({ q: search.q }));
  const first = await run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const sql =
    search.list === "events"
      ? eventPageSql(workspaceId, listEventsSchema.parse({ q: search.q }))
      : deliveryPageSql(workspaceId, listDeliveriesSchema.parse({ q: search.q }));
  const plan = await db().$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`,
  );
  const planText = plan.map((row) => row["QUERY PLAN"]).join("\n");
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    ...search,
    rows: first.data.length,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times.at(-1)!),
    indexes: [
      ...new Set(
        [
          ...planText.matchAll(/Index (?:Only )?Scan (?:Backward )?using "?(\w+)"?|Bitmap Index Scan on "?(\w+)"?/g),
        ].map((match) => match[1] ?? match[2]!),
      ),
    ],
    plan: planText,
  };
}

try {
  const machine = await describeMachine(database.url);
  const workspaceId = await defaultWorkspaceId();
  const seeded = await seed(workspaceId);
  log(`seeded ${seeded.events} events and ${seeded.deliveries} deliveries in ${seeded.seedMs} ms`);
  const { rows: sample } = await pool().query<{ id: string; messageId: string }>(
    `SELECT "eventId" AS id, "messageId" FROM "Delivery" ORDER BY id OFFSET $1 LIMIT 1`,
    [Math.floor(seeded.deliveries / 8)],
  );
  const searches: Search[] = [
    { list: "events", q: "customer.email = user4242@example.com", what: "path = value, 20 matches" },
    {
      list: "events",
      q: "customer.country = DE amount = 4200",
      what: "two path = value terms, 100 matches (the newest 50)",
    },
    { list: "events", q: "ord_123456", what: "text, 1 match" },
    { list: "events", q: '"acme/repo17"', what: "text, ~5,000 matches (the newest 50)" },
    { list: "events", q: "nothing-like-this-anywhere", what: "text, no match" },
    { list: "events", q: "header:x-github-event = ping", what: "header, ~43,000 matches (the newest 50)" },
    { list: "events", q: "webhook-id:msg_in_777777", what: "webhook-id of a received request, 1 match" },
    { list: "events", q: `id:${sample[0]!.id}`, what: "id, 1 match" },
    {
      list: "events",
      q: "status:401 customer.email = user4250@example.com",
      what: "status and path = value, 20 matches",
    },
    { list: "events", q: "example.com", what: "text matching 700,000 rows (the newest 50)" },
    { list: "deliveries", q: "customer.email = user4242@example.com", what: "the event's body, path = value" },
    { list: "deliveries", q: "status:dead ord_12345", what: "status and text, a few matches" },
    { list: "deliveries", q: `webhook-id:${sample[0]!.messageId}`, what: "webhook-id, 1 match" },
  ];
  const results = [];
  for (const search of searches) {
    results.push(await measure(workspaceId, search));
    log(`${search.list} ${search.q}: p95 ${results.at(-1)!.p95Ms} ms`);
  }
  const slowest = Math.max(...results.map((result) => result.p95Ms));
  writeResults("search", { machine, ...seeded, runsPerSearch: RUNS, searches: results }, [
    `${seeded.events.toLocaleString("en")} events and ${seeded.deliveries.toLocaleString("en")} deliveries, seeded in ${seeded.seedMs} ms (INSERT … SELECT generate_series).`,
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, PostgreSQL ${machine.postgres}.`,
    `Load average (1 / 5 / 15 min) when the machine was described: ${machine.loadAverage.join(" / ")}; at the end: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" / ")} (on ${machine.cpus} CPUs: compare runs only at similar loads).`,
    "",
    "Search indexes, built after the rows: " +
      seeded.indexes.map((index) => `${index.name} ${index.size} in ${index.buildMs} ms`).join("; ") +
      `. Tables: ${seeded.tableSizes.map((row) => `${row.name} ${row.size}`).join(", ")}.`,
    "",
    `Server time of listEvents / listDeliveries (the GET handlers' one domain call, limit 50), ${RUNS} runs after a warm-up; indexes from EXPLAIN ANALYZE (plans in the .json):`,
    "",
    "| list | q | what | rows | p50 ms | p95 ms | max ms | indexes used |",
    "|---|---|---|---:|---:|---:|---:|---|",
    ...results.map(
      (r) =>
        `| ${r.list} | \`${r.q.replaceAll("|", "\\|")}\` | ${r.what} | ${r.rows} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} | ${r.indexes.join(", ")} |`,
    ),
    "",
    `Slowest p95: ${slowest} ms.`,
  ]);
} finally {
  await closePool();
  await disconnectDb();
  await database.stop();
}
