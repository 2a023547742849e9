// GET /api/v1/overview against deliveries and events seeded with known statuses, times and latencies, in a
// database of its own (other files' deliveries would change the totals). Every range is checked against figures
// worked out by hand, so the raw path (1 h) and the rollup levels (hourly for 24 h, 6-hourly for 7 d, daily for
// 30 d) must agree with each other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Renamed on import: it is no React hook, whatever its name says to the linter.
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

await isolatedDatabase("overview");

const { GET } = await import("@/app/api/v1/overview/route");
const { db, disconnectDb } = await import("@/lib/db");
const { pool, closePool } = await import("@/lib/db/pool");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { latencyBucketMs, latencyBucketSql } = await import("@/lib/overview/latency-bucket");
const { apiRequest, apiToken } = await import("../support/auth-fixtures");

type Status = "succeeded" | "failed" | "pending" | "dead" | "cancelled";
const MINUTE = 60_000;
let authorization: string;
const ids = { a: "", b: "", trigger: "" };

async function deliveries(connectorId: string, minutesAgo: number, status: Status, latenciesMs: number[]) {
  const workspaceId = await defaultWorkspaceId();
  // 30 s into its 2-minute bucket (buckets start on whole multiples): latencies under a second never straddle an
  // edge of the 1h chart's buckets, whatever the clock says when the test runs.
  const bucketStart = Math.floor((Date.now() - minutesAgo * MINUTE) / (2 * MINUTE)) * 2 * MINUTE;
  const createdAt = new Date(bucketStart + 30_000);
  await db().delivery.createMany({
    data: latenciesMs.map((latency, index) => ({
      workspaceId,
      connectorId,
      kind: "event" as const,
      status,
      messageId: `msg_${minutesAgo}_${status}_${index}_${Math.random()}`,
      attemptCount: status === "pending" ? 0 : 1,
      lastErrorMessage: status === "failed" || status === "dead" ? "HTTP 500" : null,
      createdAt,
      completedAt: ["succeeded", "dead", "cancelled"].includes(status) ? new Date(createdAt.getTime() + latency) : null,
    })),
  });
}

beforeAll(async () => {
  const workspaceId = await defaultWorkspaceId();
  authorization = (await apiToken("viewer")).authorization;
  const connector = (name: string) =>
    db().connector.create({ data: { workspaceId, name, url: "https://example.com" } });
  ids.a = (await connector("Alpha")).id;
  ids.b = (await connector("Bravo")).id;
  ids.trigger = (
    await db().trigger.create({ data: { workspaceId, name: "Shop", slug: "shop", secretEnc: "x", enabled: false } })
  ).id;

  // 10 minutes ago: Alpha 5 × 100 ms, one failed (retrying), one pending; Bravo 2 × 300 ms and one cancelled.
  await deliveries(ids.a, 10, "succeeded", [100, 100, 100, 100, 100]);
  await deliveries(ids.a, 10, "failed", [0]);
  await deliveries(ids.a, 10, "pending", [0]);
  await deliveries(ids.b, 10, "succeeded", [300, 300]);
  await deliveries(ids.b, 10, "cancelled", [50]);
  // 3 hours ago: Alpha 4 × 200 ms, 1 × 1000 ms, one dead.
  await deliveries(ids.a, 180, "succeeded", [200, 200, 200, 200, 1000]);
  await deliveries(ids.a, 180, "dead", [5000]);
  // 2 days ago: Alpha 2 × 2000 ms and one dead.
  await deliveries(ids.a, 2 * 24 * 60, "succeeded", [2000, 2000]);
  await deliveries(ids.a, 2 * 24 * 60, "dead", [4000]);

  const event = (minutesAgo: number, source: "trigger" | "api") => ({
    workspaceId,
    source,
    triggerId: source === "trigger" ? ids.trigger : null,
    receivedAt: new Date(Date.now() - minutesAgo * MINUTE),
  });
  await db().event.createMany({
    data: [event(5, "trigger"), event(6, "trigger"), event(7, "trigger"), event(180, "api"), event(181, "api")],
  });
});

afterAll(async () => {
  await closePool();
  await disconnectDb();
});

async function overview(range: string) {
  const response = await GET(apiRequest(`/api/v1/overview?range=${range}`, { headers: { authorization } }));
  expect(response.status).toBe(200);
  return response.json();
}

describe("GET /api/v1/overview", () => {
  it.each([
    // range, succeeded, failed, pending, dead, cancelled, success rate, p50, p95, events
    ["1h", 7, 1, 1, 0, 1, 7 / 8, 100, 300, 3],
    ["24h", 12, 1, 1, 1, 1, 12 / 14, 200, 1000, 5],
    ["7d", 14, 1, 1, 2, 1, 14 / 17, 200, 2000, 5],
    ["30d", 14, 1, 1, 2, 1, 14 / 17, 200, 2000, 5],
  ])(
    "%s: tiles match the seeded deliveries",
    async (range, succeeded, failed, pending, dead, cancelled, rate, p50, p95, events) => {
      const body = await overview(range as string);
      expect(body.tiles).toEqual({
        eventsReceived: events,
        succeeded,
        failed,
        pending,
        dead,
        cancelled,
        successRate: rate,
        latencyP50Ms: p50,
        latencyP95Ms: p95,
        // Alpha: a success rate of 5/6 in the last hour, dead deliveries in the longer ranges (lib/overview/attention.ts).
        connectorsNeedingAttention: 1,
        triggersNeedingAttention: 1,
      });
      const summed = body.series.reduce(
        (sum: Record<string, number>, point: Record<string, number>) => {
          for (const key of ["succeeded", "failed", "pending", "dead", "cancelled"])
            sum[key] = (sum[key] ?? 0) + point[key]!;
          return sum;
        },
        {} as Record<string, number>,
      );
      expect(summed).toEqual({ succeeded, failed, pending, dead, cancelled });
    },
  );

  it("24h: per-connector volume, success rate, p95, sparkline and the recent failures", async () => {
    const body = await overview("24h");
    const alpha = body.connectors.find((row: { id: string }) => row.id === ids.a);
    const bravo = body.connectors.find((row: { id: string }) => row.id === ids.b);
    expect(alpha).toMatchObject({ name: "Alpha", volume: 13, succeeded: 10, successRate: 10 / 12, latencyP95Ms: 1000 });
    expect(bravo).toMatchObject({ name: "Bravo", volume: 3, succeeded: 2, successRate: 1, latencyP95Ms: 300 });
    expect(alpha.attention).toBe("1 dead delivery in the range");
    expect(bravo.attention).toBeNull();
    expect(alpha.sparkline).toHaveLength(24);
    expect(alpha.sparkline.reduce((a: number, b: number) => a + b, 0)).toBe(13);
    expect(body.recentFailures.map((row: { status: string }) => row.status)).toEqual(["failed", "dead"]);
    expect(body.triggersNeedingAttention).toEqual([
      { id: ids.trigger, name: "Shop", reason: "Disabled: requests are refused" },
    ]);
    expect(body.eventSeries.origins).toEqual([
      { key: "api", label: "API" },
      { key: `trigger:${ids.trigger}`, label: "Shop" },
    ]);
  });

  it("1h: a success rate under 90 % needs attention even without a dead delivery", async () => {
    const body = await overview("1h");
    const alpha = body.connectors.find((row: { id: string }) => row.id === ids.a);
    expect(alpha.attention).toBe("Success rate 83 %, under 90 %");
  });

  it("1h: latency per 2-minute bucket where the deliveries completed", async () => {
    const body = await overview("1h");
    expect(body.series).toHaveLength(30);
    const busy = body.series.filter((point: { succeeded: number }) => point.succeeded > 0);
    expect(busy.map((point: { latencyP95Ms: number }) => point.latencyP95Ms)).toEqual([300]);
  });

  it("marks a disabled connector as needing attention", async () => {
    await db().connector.update({ where: { id: ids.b }, data: { enabled: false, disabledReason: "HTTP 410 Gone" } });
    const body = await overview("1h");
    expect(body.tiles.connectorsNeedingAttention).toBe(2);
    expect(body.connectors.find((row: { id: string }) => row.id === ids.b)).toMatchObject({
      attention: "Auto-disabled: HTTP 410 Gone",
    });
    await db().connector.update({ where: { id: ids.b }, data: { enabled: true, disabledReason: null } });
  });

  it("refuses an unknown range and anonymous callers", async () => {
    const bad = await GET(apiRequest("/api/v1/overview?range=2d", { headers: { authorization } }));
    expect(bad.status).toBe(400);
    expect((await GET(apiRequest("/api/v1/overview"))).status).toBe(401);
  });

  it("buckets latencies in SQL exactly as in TypeScript", async () => {
    const { rows } = await pool().query<{ ms: number; bucket: number }>(
      `SELECT ms, ${latencyBucketSql("ms")} AS bucket FROM generate_series(0, 200000, 7) AS ms`,
    );
    const mismatches = rows.filter((row) => row.bucket !== latencyBucketMs(row.ms));
    expect(mismatches).toEqual([]);
  });
});
