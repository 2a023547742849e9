// npm run bench:overview: how long the overview's data takes to load, per range, against DATABASE_URL as it is
// (fill it first with `npm run seed:volume -- 1000000`). Times getOverview — the whole server side of
// GET /api/v1/overview — 20 times per range after one warm-up, and the one-off first rollup separately.
// Writes bench/results/overview-<date>.json and .md with the machine it ran on.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { disconnectDb } from "../lib/db";
import { closePool, pool } from "../lib/db/pool";
import { getOverview } from "../lib/overview/get-overview";
import { refreshRollups } from "../lib/overview/rollup";
import { OVERVIEW_RANGES } from "../lib/overview/schema";
import { defaultWorkspaceId } from "../lib/workspaces/default-workspace";

const RUNS = 20;
const LIMIT_MS = 200;

async function machine() {
  const { rows } = await pool().query<{ server_version: string }>("SHOW server_version");
  return {
    nproc: Number(execFileSync("nproc").toString().trim()),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    postgres: rows[0]?.server_version ?? "unknown",
  };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function main() {
  const workspaceId = await defaultWorkspaceId();
  const { rows: counts } = await pool().query<{ deliveries: number; events: number }>(
    `SELECT (SELECT count(*) FROM "Delivery")::int AS deliveries, (SELECT count(*) FROM "Event")::int AS events`,
  );
  // Rebuild the rollups from nothing, to time the one-off first pass an upgraded install makes.
  await pool().query(`TRUNCATE "DeliveryRollup", "EventHourly", "RollupWatermark"`);
  const rollupStarted = performance.now();
  await refreshRollups();
  const firstRollupMs = round(performance.now() - rollupStarted);
  // Autovacuum analyzes the new tables soon after in a running install; the benchmark does not wait for it.
  await pool().query(`ANALYZE "DeliveryRollup"; ANALYZE "EventHourly"`);
  const { rows: rollupRows } = await pool().query<{ rows: number }>(
    `SELECT count(*)::int AS rows FROM "DeliveryRollup"`,
  );

  const ranges = [];
  for (const range of OVERVIEW_RANGES) {
    await getOverview(workspaceId, range);
    const times: number[] = [];
    let last;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      last = await getOverview(workspaceId, range);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const tiles = last!.tiles;
    ranges.push({
      range,
      p50Ms: round(quantile(times, 0.5)),
      p95Ms: round(quantile(times, 0.95)),
      maxMs: round(times.at(-1)!),
      deliveriesInRange: tiles.succeeded + tiles.failed + tiles.dead + tiles.pending + tiles.cancelled,
      eventsInRange: tiles.eventsReceived,
    });
  }

  const results = {
    date: new Date().toISOString(),
    machine: await machine(),
    deliveries: counts[0]!.deliveries,
    events: counts[0]!.events,
    firstRollupMs,
    deliveryRollupRows: rollupRows[0]!.rows,
    runsPerRange: RUNS,
    limitMs: LIMIT_MS,
    ranges,
  };
  const m = results.machine;
  const summary = [
    `# overview (${results.date.slice(0, 10)})`,
    "",
    `${results.deliveries.toLocaleString("en")} deliveries, ${results.events.toLocaleString("en")} events in the database.`,
    `Machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}, PostgreSQL ${m.postgres}.`,
    `First rollup of every closed hour (one-off, then one hour at a time): ${firstRollupMs} ms → ${results.deliveryRollupRows.toLocaleString("en")} DeliveryRollup rows.`,
    "",
    `getOverview server time over ${RUNS} runs after a warm-up (limit ${LIMIT_MS} ms):`,
    "",
    "| range | deliveries in range | events in range | p50 ms | p95 ms | max ms | under limit |",
    "|---|---:|---:|---:|---:|---:|---|",
    ...ranges.map(
      (r) =>
        `| ${r.range} | ${r.deliveriesInRange.toLocaleString("en")} | ${r.eventsInRange.toLocaleString("en")} | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} | ${r.p95Ms < LIMIT_MS ? "yes" : "NO"} |`,
    ),
  ];
  const dir = path.resolve(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  const stamp = results.date.slice(0, 10);
  writeFileSync(path.join(dir, `overview-${stamp}.json`), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(path.join(dir, `overview-${stamp}.md`), summary.join("\n") + "\n");
  console.log(summary.join("\n"));
}

try {
  await main();
} finally {
  await closePool();
  await disconnectDb();
}
