// GET /api/v1/export/deliveries and /events: filters give exactly the seeded rows, the three formats parse, and a
// 200,000-delivery range streams to a counting sink with bounded heap growth (nothing is collected in memory).
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

await isolatedDatabase("export");

const { GET: exportDeliveries } = await import("@/app/api/v1/export/deliveries/route");
const { GET: exportEvents } = await import("@/app/api/v1/export/events/route");
const { pool, closePool } = await import("@/lib/db/pool");
const { db, disconnectDb } = await import("@/lib/db");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { apiRequest, userWithSession } = await import("../support/auth-fixtures");

const BIG = 200_000;
const DAY = 24 * 3600_000;
let cookie: string;
let viewerCookie: string;
const connectors = { bulk: "", small: "" };
const now = Date.now();

beforeAll(async () => {
  cookie = (await userWithSession("admin")).cookie;
  viewerCookie = (await userWithSession("viewer")).cookie;
  const workspaceId = await defaultWorkspaceId();
  connectors.bulk = (
    await db().connector.create({ data: { workspaceId, name: "Bulk", url: "https://example.com" } })
  ).id;
  connectors.small = (
    await db().connector.create({ data: { workspaceId, name: '=Small, "quoted"', url: "https://example.com" } })
  ).id;
  // 200,000 deliveries spread over the last 2 days, made inside PostgreSQL.
  await pool().query(
    `INSERT INTO "Delivery" (id, "workspaceId", "connectorId", kind, status, "messageId", "lastErrorMessage", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1, $2, 'manual', CASE WHEN n % 10 = 0 THEN 'dead' ELSE 'succeeded' END::"DeliveryStatus",
            'msg_' || n, CASE WHEN n % 10 = 0 THEN 'HTTP 500 from the receiver, with a long enough message' END,
            $3::timestamptz - (n % 2000) * interval '1 minute', $3::timestamptz
     FROM generate_series(1, $4) AS n`,
    [workspaceId, connectors.bulk, new Date(now - 60_000), BIG],
  );
  // The small connector: 3 failed yesterday-ish, 2 succeeded 5 days ago.
  for (const [daysAgo, status, count] of [
    [1, "failed", 3],
    [5, "succeeded", 2],
  ] as const) {
    await pool().query(
      `INSERT INTO "Delivery" (id, "workspaceId", "connectorId", kind, status, "messageId", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, 'manual', $3::"DeliveryStatus", 'small_' || n || $3, $4, $4 FROM generate_series(1, $5) AS n`,
      [workspaceId, connectors.small, status, new Date(now - daysAgo * DAY), count],
    );
  }
  await pool().query(
    `INSERT INTO "Event" (id, "workspaceId", source, type, headers, body, "receivedAt")
     SELECT gen_random_uuid(), $1, 'api', 'order.created', '{}', jsonb_build_object('n', n), $2::timestamptz - n * interval '1 hour'
     FROM generate_series(1, 2500) AS n`,
    [workspaceId, new Date(now)],
  );
  // Fresh statistics, as autovacuum keeps them in a running install: without them the planner guesses the bulk
  // table is tiny and sorts instead of walking the primary key.
  await pool().query(`ANALYZE "Delivery"; ANALYZE "Event"`);
});

afterAll(async () => {
  await disconnectDb();
  await closePool();
});

const get = (handler: (request: Request) => Promise<Response>, path: string, as = cookie) =>
  handler(apiRequest(path, { headers: { cookie: as } }));

describe("export", () => {
  it("is for admins, as an attachment", async () => {
    expect((await get(exportDeliveries, "/api/v1/export/deliveries", viewerCookie)).status).toBe(403);
    expect((await get(exportEvents, "/api/v1/export/events", viewerCookie)).status).toBe(403);
    const bad = await get(exportDeliveries, "/api/v1/export/deliveries?format=xml&status=nope");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.map((issue: { path: string }) => issue.path)).toEqual(["format", "status"]);
    const response = await get(exportDeliveries, `/api/v1/export/deliveries?connectorId=${connectors.small}`);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="switchboard-deliveries-.*\.csv"$/,
    );
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "id,createdAt,completedAt,status,kind,connectorId,connectorName,eventId,eventType,attemptCount,lastStatus,lastErrorCode,lastErrorMessage,messageId",
    );
    expect(lines).toHaveLength(1 + 5);
    // Quotes doubled and a leading = defused.
    expect(lines[1]).toContain(`"'=Small, ""quoted"""`);
  });

  it("filters by status, connector and time range; JSON is an array, NDJSON one object a line", async () => {
    const from = new Date(now - 2 * DAY).toISOString();
    const json = await get(
      exportDeliveries,
      `/api/v1/export/deliveries?format=json&connectorId=${connectors.small}&status=failed&from=${from}`,
    );
    expect(json.headers.get("content-type")).toBe("application/json");
    const rows = await json.json();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      status: "failed",
      connectorName: '=Small, "quoted"',
      connectorId: connectors.small,
    });
    expect(
      await (
        await get(exportDeliveries, `/api/v1/export/deliveries?format=json&connectorId=${connectors.small}&to=${from}`)
      ).json(),
    ).toHaveLength(2);
    expect(
      await (await get(exportDeliveries, `/api/v1/export/deliveries?format=json&status=cancelled`)).json(),
    ).toEqual([]);

    const ndjson = await (
      await get(
        exportEvents,
        `/api/v1/export/events?format=ndjson&from=${new Date(now - 100.5 * 3600_000).toISOString()}`,
      )
    ).text();
    const events = ndjson
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events).toHaveLength(100);
    expect(events[0]).toMatchObject({ source: "api", type: "order.created" });
    // Keyset over 1,000-row batches: every event once.
    const all = (await (await get(exportEvents, "/api/v1/export/events?format=ndjson")).text()).trimEnd().split("\n");
    expect(new Set(all.map((line) => JSON.parse(line).id)).size).toBe(2500);
  });

  it(`streams ${BIG.toLocaleString("en")} deliveries with bounded memory`, async () => {
    const response = await get(exportDeliveries, `/api/v1/export/deliveries?connectorId=${connectors.bulk}`);
    const reader = response.body!.getReader();
    // Measured after a full collection each time: what the export keeps, not garbage a busy machine has not
    // collected yet.
    const retainedHeap = () => {
      collectGarbage();
      return process.memoryUsage().heapUsed;
    };
    const baseline = retainedHeap();
    let peak = baseline;
    let bytes = 0;
    let newlines = 0;
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (let index = value.indexOf(10); index !== -1; index = value.indexOf(10, index + 1)) newlines += 1;
      if (++chunks % 20 === 0) peak = Math.max(peak, retainedHeap());
    }
    expect(newlines).toBe(BIG + 1);
    const growthMb = (peak - baseline) / 1024 / 1024;
    // The file is far bigger than the bound: holding it (or its rows) in memory would break the bound.
    expect(bytes / 1024 / 1024).toBeGreaterThan(30);
    expect(growthMb).toBeLessThan(24);
    console.info(`export: ${(bytes / 1024 / 1024).toFixed(1)} MB streamed, heap growth ${growthMb.toFixed(1)} MB`);
  }, 120_000);
});
