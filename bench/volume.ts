// npm run bench:volume: the big-table targets of issue 13 against DATABASE_URL as it is (a database of its own: it
// is filled once and kept, because 10,000,000 deliveries take a while to write). Seeds what is missing
// (bench/lib/volume-seed.ts): 9,000,000 deliveries over the last 30 days and 1,000,000 older than the 30-day
// retention, two per event, with their attempts; plus a second, small workspace of 100,000 deliveries (a tenant
// among many: its list must not read the big one's rows). Then measures, with the load average beside each figure:
//   - the overview (getOverview, the server side of GET /api/v1/overview), p50/p95 per range;
//   - the delivery list (listDeliveries and countDeliveriesByStatus: the two calls the Deliveries page makes), the
//     first page and a deep page by keyset cursor, unfiltered, by status, by connector, and a few searches;
//   - retention of the expired deliveries by lib/retention/run-retention.ts: wall time, every statement's time
//     (each DELETE is its own transaction, so the longest statement is the longest any row lock is held), what a
//     concurrent writer and reader waited meanwhile, and the tables' dead rows and sizes before and after VACUUM.
// The next run seeds the expired deliveries again, so retention can be measured again.
//   npm run bench:volume -- [--skip-retention] [--runs 20]
// Writes bench/results/volume-10m-<date>.json and .md.
import os from "node:os";
import pg from "pg";
import { parseArgs } from "node:util";
import { assertLocalDatabase } from "../tests/setup/test-database";
import { env } from "../lib/env";
import { db, disconnectDb } from "../lib/db";
import { closePool, pool } from "../lib/db/pool";
import { Prisma } from "../lib/generated/prisma/client";
import { defaultWorkspaceId } from "../lib/workspaces/default-workspace";
import {
  dropSeededIndexes,
  rebuildSeededIndexes,
  seedSegment,
  SEEDED_TABLES,
  type SeedSegment,
} from "./lib/volume-seed";
import { describeMachine } from "./lib/machine";
import { percentile, writeResults } from "./lib/write-results";
import { getOverview } from "../lib/overview/get-overview";
import { refreshRollups } from "../lib/overview/rollup";
import { OVERVIEW_RANGES } from "../lib/overview/schema";
import {
  countDeliveriesByStatus,
  deliveryFilterSchema,
  deliveryPageSql,
  listDeliveries,
  listDeliveriesSchema,
} from "../lib/delivery/list-deliveries";
import { runRetention } from "../lib/retention/run-retention";

const { values: args } = parseArgs({
  options: {
    "skip-retention": { type: "boolean", default: false },
    // Lists and counts only (after a change to them): writes volume-10m-lists-<date> beside the full results.
    "lists-only": { type: "boolean", default: false },
    "seed-only": { type: "boolean", default: false },
    runs: { type: "string", default: "20" },
    // A fraction of the volume, to try the script on a small database first.
    scale: { type: "string", default: "1" },
  },
});
const RUNS = Number(args.runs);
const SCALE = Number(args.scale);
const scaled = (count: number) => Math.round((count * SCALE) / 2) * 2;
const LIVE_DELIVERIES = scaled(9_000_000);
const EXPIRED_DELIVERIES = scaled(1_000_000);
const SMALL_DELIVERIES = scaled(100_000);
const RETENTION_DAYS = 30;
const DAY = 24 * 3600_000;
const log = (message: string) => console.log(`[bench:volume] ${message}`);
const load = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

const databaseUrl = env().DATABASE_URL;
if (!databaseUrl) throw new Error("bench:volume needs DATABASE_URL: a local database of its own, kept between runs");
assertLocalDatabase(databaseUrl);

/** The seed's reference time and each segment's progress, so an interrupted seed resumes where it stopped. */
async function seedState(client: import("pg").PoolClient) {
  await client.query(`CREATE TABLE IF NOT EXISTS _volume_seed (segment text PRIMARY KEY, seeded_at timestamptz NOT NULL,
    events_done bigint NOT NULL DEFAULT 0)`);
  const { rows } = await client.query<{ segment: string; seeded_at: Date; events_done: string }>(
    `SELECT segment, seeded_at, events_done FROM _volume_seed`,
  );
  return new Map(rows.map((row) => [row.segment, { seededAt: row.seeded_at, eventsDone: Number(row.events_done) }]));
}

async function ensureRows(
  client: import("pg").PoolClient,
  table: "Connector" | "Trigger",
  workspaceId: string,
  names: string[],
): Promise<string[]> {
  const ids = [];
  for (const [index, name] of names.entries()) {
    const found = await client.query<{ id: string }>(
      `SELECT id FROM "${table}" WHERE "workspaceId" = $1 AND name = $2`,
      [workspaceId, name],
    );
    const created = found.rows[0]
      ? found
      : table === "Connector"
        ? await client.query<{ id: string }>(
            `INSERT INTO "Connector" (id, "workspaceId", name, url, "updatedAt")
             VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id`,
            [workspaceId, name, `https://hooks.example.com/volume/${index}`],
          )
        : await client.query<{ id: string }>(
            `INSERT INTO "Trigger" (id, "workspaceId", name, slug, "secretEnc", "updatedAt")
             VALUES (gen_random_uuid(), $1, $2, $3, 'unused', now()) RETURNING id`,
            [workspaceId, name, `${name.toLowerCase().replace(/\W+/g, "-")}-${workspaceId.slice(0, 8)}`],
          );
    ids.push(created.rows[0]!.id);
  }
  return ids;
}

async function seed(mainWorkspaceId: string) {
  const client = await pool().connect();
  try {
    await client.query("SET statement_timeout = 0");
    await client.query("SET maintenance_work_mem = '1GB'");
    const state = await seedState(client);
    const seededAt = state.get("live")?.seededAt ?? new Date();
    const {
      rows: [small],
    } = await client.query<{ id: string }>(
      `INSERT INTO "Workspace" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'volume-small', 'Small tenant', now())
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
    );
    await client.query(`UPDATE "Workspace" SET "retentionDays" = $1`, [RETENTION_DAYS]);
    const mainConnectors = await ensureRows(
      client,
      "Connector",
      mainWorkspaceId,
      Array.from({ length: 12 }, (_, index) => `Volume connector ${index + 1}`),
    );
    const mainTriggers = await ensureRows(client, "Trigger", mainWorkspaceId, ["GitHub 1", "GitHub 2", "GitHub 3"]);
    const smallConnectors = await ensureRows(client, "Connector", small!.id, ["Small CRM", "Small mailer"]);
    const smallTriggers = await ensureRows(client, "Trigger", small!.id, ["Small GitHub"]);
    const at = (days: number) => new Date(seededAt.getTime() - days * DAY);
    const segments: (SeedSegment & { name: string })[] = [
      {
        name: "live",
        workspaceId: mainWorkspaceId,
        connectorIds: mainConnectors,
        triggerIds: mainTriggers,
        first: EXPIRED_DELIVERIES / 2 + 1,
        events: LIVE_DELIVERIES / 2,
        from: at(RETENTION_DAYS - 0.01),
        to: at(0.0001),
        recentSince: at(1),
      },
      {
        name: "small",
        workspaceId: small!.id,
        connectorIds: smallConnectors,
        triggerIds: smallTriggers,
        first: 10_000_001,
        events: SMALL_DELIVERIES / 2,
        from: at(RETENTION_DAYS - 0.01),
        to: at(0.0001),
        recentSince: at(1),
      },
      {
        // Older than the retention of the seed's time: what retention deletes. Seeded again after each retention.
        name: "expired",
        workspaceId: mainWorkspaceId,
        connectorIds: mainConnectors,
        triggerIds: mainTriggers,
        first: 1,
        events: EXPIRED_DELIVERIES / 2,
        from: at(RETENTION_DAYS + 4),
        to: at(RETENTION_DAYS + 1),
        recentSince: at(1),
      },
    ];
    const started = performance.now();
    let seeded = 0;
    for (const segment of segments) {
      const done = state.get(segment.name)?.eventsDone ?? 0;
      if (done >= segment.events) continue;
      // The first seed writes without secondary indexes; a later top-up (the expired rows again) goes through them.
      if (segment.name === "live" && done === 0) {
        log("dropping the seeded tables' secondary indexes for the bulk write");
        await dropSeededIndexes(client);
      }
      log(`seeding ${segment.name}: ${(segment.events * 2).toLocaleString("en")} deliveries`);
      await seedSegment(client, { ...segment, first: segment.first + done, events: segment.events - done }, log, {
        name: segment.name,
        seededAt,
        done,
      });
      seeded += (segment.events - done) * 2;
    }
    const indexes = await rebuildSeededIndexes(client, log);
    if (seeded > 0 || indexes.length > 0) {
      for (const table of SEEDED_TABLES) await client.query(`VACUUM ANALYZE "${table}"`);
    }
    return { seededAt, seededDeliveries: seeded, seedMs: Math.round(performance.now() - started), indexes };
  } finally {
    client.release();
  }
}

async function tableSizes() {
  const { rows } = await pool().query<{
    table: string;
    rows: string;
    dead: string;
    heapBytes: string;
    indexBytes: string;
    totalBytes: string;
  }>(
    `SELECT c.relname AS table, s.n_live_tup AS rows, s.n_dead_tup AS dead, pg_relation_size(c.oid) AS "heapBytes",
       pg_indexes_size(c.oid) AS "indexBytes", pg_total_relation_size(c.oid) AS "totalBytes"
     FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = ANY($1) ORDER BY c.relname`,
    [SEEDED_TABLES],
  );
  return rows.map((row) => ({
    table: row.table,
    liveRows: Number(row.rows),
    deadRows: Number(row.dead),
    heapMB: Math.round(Number(row.heapBytes) / 2 ** 20),
    indexMB: Math.round(Number(row.indexBytes) / 2 ** 20),
    totalMB: Math.round(Number(row.totalBytes) / 2 ** 20),
  }));
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** p50 / p95 / max of `runs` calls after one warm-up, and the warm-up's answer. */
async function timed<T>(run: () => Promise<T>, runs = RUNS) {
  const first = await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    first,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(times.at(-1)!),
  };
}

async function measureOverview(workspaceId: string) {
  // Rebuild the rollups from nothing: the one-off first pass an upgraded install makes at this size.
  await pool().query(`TRUNCATE "DeliveryRollup", "EventHourly", "RollupWatermark"`);
  const client = await pool().connect();
  let firstRollupMs;
  try {
    await client.query("SET statement_timeout = 0");
    const started = performance.now();
    await refreshRollups(client);
    firstRollupMs = Math.round(performance.now() - started);
  } finally {
    client.release();
  }
  await pool().query(`ANALYZE "DeliveryRollup"; ANALYZE "EventHourly"`);
  const ranges = [];
  for (const range of OVERVIEW_RANGES) {
    const loadBefore = load()[0];
    const result = await timed(() => getOverview(workspaceId, range));
    const tiles = result.first.tiles;
    ranges.push({
      range,
      deliveriesInRange: tiles.succeeded + tiles.failed + tiles.dead + tiles.pending + tiles.cancelled,
      eventsInRange: tiles.eventsReceived,
      p50Ms: result.p50Ms,
      p95Ms: result.p95Ms,
      maxMs: result.maxMs,
      load1: loadBefore,
    });
    log(`overview ${range}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`);
  }
  return { firstRollupMs, ranges };
}

interface ListCase {
  what: string;
  workspace: "main" | "small";
  query: Record<string, string>;
}

async function listCases(mainId: string, smallId: string, seededAt: Date): Promise<ListCase[]> {
  const { rows: connectors } = await pool().query<{ id: string }>(
    `SELECT id FROM "Connector" WHERE "workspaceId" = $1 AND name = 'Volume connector 3'`,
    [mainId],
  );
  const connectorId = connectors[0]!.id;
  // Deep pages start at a cursor 15 days back: half of the retained rows are newer.
  const cursorAt = async (workspaceId: string) => {
    const { rows } = await pool().query<{ id: string }>(
      `SELECT id FROM "Delivery" WHERE "workspaceId" = $1 AND "createdAt" < $2 ORDER BY "createdAt" DESC LIMIT 1`,
      [workspaceId, new Date(seededAt.getTime() - 15 * DAY)],
    );
    return rows[0]!.id;
  };
  const cursor = await cursorAt(mainId);
  const smallCursor = await cursorAt(smallId);
  const { rows: sample } = await pool().query<{ messageId: string }>(
    `SELECT "messageId" FROM "Delivery" WHERE id < $1 ORDER BY id DESC LIMIT 1`,
    [cursor],
  );
  const lastDay = new Date(seededAt.getTime() - DAY).toISOString();
  return [
    { what: "first page, no filter", workspace: "main", query: {} },
    { what: "deep page (cursor 15 days back), no filter", workspace: "main", query: { cursor } },
    { what: "status dead (2 %), first page", workspace: "main", query: { status: "dead" } },
    { what: "status dead, deep page", workspace: "main", query: { status: "dead", cursor } },
    { what: "status failed (last day only), first page", workspace: "main", query: { status: "failed" } },
    { what: "status failed, deep page (none older)", workspace: "main", query: { status: "failed", cursor } },
    { what: "one connector (1/12), first page", workspace: "main", query: { connectorId } },
    { what: "one connector, deep page", workspace: "main", query: { connectorId, cursor } },
    { what: "one connector, status dead", workspace: "main", query: { connectorId, status: "dead" } },
    { what: "last 24 hours (from)", workspace: "main", query: { from: lastDay } },
    { what: "small workspace (100,000), first page", workspace: "small", query: {} },
    { what: "small workspace, deep page", workspace: "small", query: { cursor: smallCursor } },
    { what: "search webhook-id, 1 match", workspace: "main", query: { q: `webhook-id:${sample[0]!.messageId}` } },
    {
      what: "search path = value, ~200 matches",
      workspace: "main",
      query: { q: "customer.email = user4242@example.com" },
    },
    { what: "search text, no match", workspace: "main", query: { q: "ord_3456789" } },
  ];
}

async function measureLists(mainId: string, smallId: string, seededAt: Date) {
  const results = [];
  const countsSeen = new Map<string, Awaited<ReturnType<typeof timed<Record<string, number>>>>>();
  for (const listCase of await listCases(mainId, smallId, seededAt)) {
    const workspaceId = listCase.workspace === "main" ? mainId : smallId;
    const query = listDeliveriesSchema.parse(listCase.query);
    const loadBefore = load()[0];
    const list = await timed(() => listDeliveries(workspaceId, query));
    // The tiles ignore the status and the cursor: cases that differ only there share one measurement.
    const filter = deliveryFilterSchema.parse({ ...listCase.query, status: undefined, cursor: undefined });
    const countsKey = JSON.stringify([workspaceId, filter]);
    const counts =
      countsSeen.get(countsKey) ??
      (await timed(() => countDeliveriesByStatus(workspaceId, filter), Math.min(RUNS, 10)));
    countsSeen.set(countsKey, counts);
    const plan = await db().$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${deliveryPageSql(workspaceId, query)}`,
    );
    results.push({
      ...listCase,
      rows: list.first.data.length,
      listP50Ms: list.p50Ms,
      listP95Ms: list.p95Ms,
      listMaxMs: list.maxMs,
      countsP50Ms: counts.p50Ms,
      countsP95Ms: counts.p95Ms,
      counted: Object.values(counts.first).reduce((sum, count) => sum + count, 0),
      load1: loadBefore,
      plan: plan.map((row) => row["QUERY PLAN"]).join("\n"),
    });
    log(
      `list ${listCase.what}: p50 ${list.p50Ms} / p95 ${list.p95Ms} ms; counts p50 ${counts.p50Ms} / p95 ${counts.p95Ms} ms`,
    );
  }
  return results;
}

/** The expired part of the seed deleted by the real retention code, with what it cost and what it left behind. */
async function measureRetention(mainId: string, seededAt: Date) {
  const before = await tableSizes();
  // Retention and VACUUM get connections of their own, outside the pool the probes share.
  const connect = async () => {
    const own = new pg.Client({ connectionString: databaseUrl });
    await own.connect();
    return own;
  };
  const client = await connect();
  const statements: { table: string; ms: number; rows: number }[] = [];
  // Each retention DELETE runs outside a transaction block: its locks live exactly as long as the statement.
  const query = client.query.bind(client) as (sql: string, values?: unknown[]) => Promise<pg.QueryResult>;
  (client as unknown as { query: typeof query }).query = async (sql: string, values?: unknown[]) => {
    const started = performance.now();
    const result = await query(sql, values);
    const table = /^DELETE FROM "(\w+)"/.exec(sql)?.[1];
    if (table) statements.push({ table, ms: performance.now() - started, rows: result.rowCount ?? 0 });
    return result;
  };
  const { rows: pidRow } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = pidRow[0]!.pid;

  // Meanwhile: a writer updating live deliveries as workers do, a reader loading the list's first page, and a
  // watcher sampling pg_locks for anyone waiting on a lock and the retention transaction's age.
  let running = true;
  const probe = async (name: string, work: () => Promise<unknown>) => {
    const times: number[] = [];
    while (running) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    times.sort((a, b) => a - b);
    return {
      name,
      samples: times.length,
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      maxMs: round(times.at(-1) ?? 0),
    };
  };
  const { rows: liveIds } = await pool().query<{ id: string }>(
    `SELECT id FROM "Delivery" WHERE "workspaceId" = $1 ORDER BY id DESC LIMIT 500`,
    [mainId],
  );
  let next = 0;
  const watcher = { samples: 0, waitingMax: 0, longestXactMs: 0 };
  const probes = Promise.all([
    probe("writer: UPDATE one live delivery", () =>
      pool().query(`UPDATE "Delivery" SET "updatedAt" = now() WHERE id = $1`, [liveIds[next++ % liveIds.length]!.id]),
    ),
    probe("reader: deliveries first page", () => listDeliveries(mainId, listDeliveriesSchema.parse({}))),
    (async () => {
      while (running) {
        const { rows } = await pool().query<{ waiting: number; xact_ms: number | null }>(
          `SELECT (SELECT count(*)::int FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                   WHERE NOT l.granted AND a.datname = current_database()) AS waiting,
                  (SELECT extract(epoch FROM clock_timestamp() - xact_start) * 1000 FROM pg_stat_activity
                   WHERE pid = $1 AND state = 'active') AS xact_ms`,
          [pid],
        );
        watcher.samples++;
        watcher.waitingMax = Math.max(watcher.waitingMax, rows[0]!.waiting);
        watcher.longestXactMs = Math.max(watcher.longestXactMs, Number(rows[0]!.xact_ms ?? 0));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return null;
    })(),
  ]);

  const loadBefore = load();
  const started = performance.now();
  let result;
  try {
    // runRetention takes the pool or one of its clients; it only calls query().
    result = await runRetention(client as unknown as pg.PoolClient, seededAt);
  } finally {
    running = false;
    await client.end();
  }
  const wallMs = Math.round(performance.now() - started);
  const loadAfter = load();
  const [writer, reader] = await probes;
  log(`retention: ${result.deliveries} deliveries and ${result.events} events in ${wallMs} ms`);
  // Statistics reach pg_stat_user_tables within a second or so of each transaction.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const afterDelete = await tableSizes();
  const vacuum = [];
  const vacuumClient = await connect();
  try {
    await vacuumClient.query("SET statement_timeout = 0");
    for (const table of SEEDED_TABLES) {
      const vacuumStarted = performance.now();
      await vacuumClient.query(`VACUUM (ANALYZE) "${table}"`);
      vacuum.push({ table, ms: Math.round(performance.now() - vacuumStarted) });
      log(`VACUUM ${table}: ${vacuum.at(-1)!.ms} ms`);
    }
  } finally {
    await vacuumClient.end();
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const afterVacuum = await tableSizes();
  await pool().query("CREATE EXTENSION IF NOT EXISTS pgstattuple");
  const { rows: free } = await pool().query<{ table: string; free_percent: number }>(
    `SELECT t AS table, round((pgstattuple_approx(t::regclass)).approx_free_percent::numeric, 1)::float8 AS free_percent
     FROM unnest($1::text[]) AS t`,
    [SEEDED_TABLES.map((table) => `"${table}"`)],
  );
  // The expired segment is seeded again by the next run.
  await pool().query(`UPDATE _volume_seed SET events_done = 0 WHERE segment = 'expired'`);

  const byTable = (table: string) => {
    const own = statements.filter((statement) => statement.table === table).map((statement) => statement.ms);
    own.sort((a, b) => a - b);
    return {
      table,
      statements: own.length,
      rows: statements.filter((statement) => statement.table === table).reduce((sum, s) => sum + s.rows, 0),
      totalMs: Math.round(own.reduce((sum, ms) => sum + ms, 0)),
      p50Ms: round(percentile(own, 50)),
      maxMs: round(own.at(-1) ?? 0),
    };
  };
  return {
    deleted: { deliveries: result.deliveries, events: result.events },
    wallMs,
    loadBefore,
    loadAfter,
    statements: ["Delivery", "Event", "RateLimitBucket"].map(byTable).filter((row) => row.statements > 0),
    longestStatementMs: round(Math.max(...statements.map((statement) => statement.ms))),
    watcher: { ...watcher, longestXactMs: round(watcher.longestXactMs) },
    concurrent: [writer, reader],
    vacuum,
    sizes: { before, afterDelete, afterVacuum },
    freePercentAfterVacuum: free,
  };
}

async function main() {
  const machine = await describeMachine(databaseUrl!);
  const workspaceId = await defaultWorkspaceId();
  const seeded = await seed(workspaceId);
  log(`seeded ${seeded.seededDeliveries.toLocaleString("en")} deliveries in ${(seeded.seedMs / 1000).toFixed(0)} s`);
  const sizes = await tableSizes();
  console.table(sizes);
  if (args["seed-only"]) return;
  const { rows: smallRow } = await pool().query<{ id: string }>(
    `SELECT id FROM "Workspace" WHERE slug = 'volume-small'`,
  );
  const smallId = smallRow[0]!.id;
  const { rows: counts } = await pool().query<{ deliveries: number; events: number; attempts: number }>(
    `SELECT (SELECT count(*) FROM "Delivery")::int AS deliveries, (SELECT count(*) FROM "Event")::int AS events,
            (SELECT count(*) FROM "DeliveryAttempt")::int AS attempts`,
  );
  log(`measuring at ${counts[0]!.deliveries.toLocaleString("en")} deliveries`);
  const listsOnly = args["lists-only"];
  const overview = listsOnly ? null : await measureOverview(workspaceId);
  const lists = await measureLists(workspaceId, smallId, seeded.seededAt);
  const retention = args["skip-retention"] || listsOnly ? null : await measureRetention(workspaceId, seeded.seededAt);
  const results = { machine, ...counts[0]!, seeded, sizes, runs: RUNS, overview, lists, retention };
  const name = `volume-${SCALE === 1 ? "10m" : `scale-${SCALE}`}${listsOnly ? "-lists" : ""}`;
  writeResults(name, results, summarize(results));
}

function summarize(results: {
  machine: Awaited<ReturnType<typeof describeMachine>>;
  deliveries: number;
  events: number;
  attempts: number;
  sizes: Awaited<ReturnType<typeof tableSizes>>;
  overview: Awaited<ReturnType<typeof measureOverview>> | null;
  lists: Awaited<ReturnType<typeof measureLists>>;
  retention: Awaited<ReturnType<typeof measureRetention>> | null;
}): string[] {
  const m = results.machine;
  const n = (value: number) => value.toLocaleString("en");
  const lines = [
    `${n(results.deliveries)} deliveries, ${n(results.events)} events, ${n(results.attempts)} attempts.`,
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}, PostgreSQL ${m.postgres}; load average at the start ${m.loadAverage.join(" / ")}.`,
    "",
    "| table | rows | heap MB | indexes MB | total MB |",
    "|---|---:|---:|---:|---:|",
    ...results.sizes.map(
      (row) => `| ${row.table} | ${n(row.liveRows)} | ${n(row.heapMB)} | ${n(row.indexMB)} | ${n(row.totalMB)} |`,
    ),
    ...(results.overview
      ? [
          "",
          `Overview (getOverview), ${RUNS} runs per range after a warm-up; first rollup of every closed hour: ${n(results.overview.firstRollupMs)} ms.`,
          "",
          "| range | deliveries in range | events in range | p50 ms | p95 ms | max ms | load (1 min) |",
          "|---|---:|---:|---:|---:|---:|---:|",
          ...results.overview.ranges.map(
            (r) =>
              `| ${r.range} | ${n(r.deliveriesInRange)} | ${n(r.eventsInRange)} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} | ${r.load1} |`,
          ),
        ]
      : []),
    "",
    `Deliveries page: listDeliveries (the list, limit 50), ${RUNS} runs after a warm-up, and countDeliveriesByStatus (the tiles, which ignore the status filter and the cursor), ${Math.min(RUNS, 10)} runs.`,
    "",
    "| case | rows | list p50 ms | list p95 ms | counts p50 ms | counts p95 ms | counted | load (1 min) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...results.lists.map(
      (r) =>
        `| ${r.what} | ${r.rows} | ${r.listP50Ms} | ${r.listP95Ms} | ${r.countsP50Ms} | ${r.countsP95Ms} | ${n(r.counted)} | ${r.load1} |`,
    ),
  ];
  const r = results.retention;
  if (r) {
    lines.push(
      "",
      `Retention (lib/retention/run-retention.ts): ${n(r.deleted.deliveries)} deliveries and ${n(r.deleted.events)} events deleted in ${n(r.wallMs)} ms (load ${r.loadBefore[0]} → ${r.loadAfter[0]}); longest statement (= longest any row lock was held) ${r.longestStatementMs} ms; at most ${r.watcher.waitingMax} session(s) seen waiting for a lock in ${n(r.watcher.samples)} samples.`,
      "",
      "| DELETE from | statements | rows | total ms | p50 ms | max ms |",
      "|---|---:|---:|---:|---:|---:|",
      ...r.statements.map(
        (s) => `| ${s.table} | ${s.statements} | ${n(s.rows)} | ${n(s.totalMs)} | ${s.p50Ms} | ${s.maxMs} |`,
      ),
      "",
      "Meanwhile (every 50 ms):",
      "",
      "| probe | samples | p50 ms | p99 ms | max ms |",
      "|---|---:|---:|---:|---:|",
      ...r.concurrent.map((p) => `| ${p.name} | ${p.samples} | ${p.p50Ms} | ${p.p99Ms} | ${p.maxMs} |`),
      "",
      "| table | dead rows after | heap MB before | after delete | after VACUUM | VACUUM ms | free % after VACUUM |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...SEEDED_TABLES.map((table) => {
        const at = (rows: typeof r.sizes.before) => rows.find((row) => row.table === table)!;
        return `| ${table} | ${n(at(r.sizes.afterDelete).deadRows)} | ${n(at(r.sizes.before).heapMB)} | ${n(at(r.sizes.afterDelete).heapMB)} | ${n(at(r.sizes.afterVacuum).heapMB)} | ${n(r.vacuum.find((v) => v.table === table)!.ms)} | ${r.freePercentAfterVacuum.find((f) => f.table === `"${table}"`)?.free_percent} |`;
      }),
    );
  }
  return lines;
}

try {
  await main();
} finally {
  await closePool();
  await disconnectDb();
}
