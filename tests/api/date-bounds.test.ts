// Dates a caller types (list and export ranges, the search's after:/before:, recover's since) must answer 400 when
// PostgreSQL cannot hold them, never 500. JavaScript writes every date before year 1 as year 0 or a negative year,
// which PostgreSQL refuses inside the query ("date/time field value out of range"), and years past 9999 with a sign
// it refuses as well: `after:0000-01-01` in the search box was a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listEvents } from "@/app/api/v1/events/route";
import { GET as listDeliveries } from "@/app/api/v1/deliveries/route";
import { GET as countDeliveries } from "@/app/api/v1/deliveries/counts/route";
import { POST as bulk } from "@/app/api/v1/deliveries/bulk/route";
import { POST as recover } from "@/app/api/v1/deliveries/recover/route";
import { GET as auditLog } from "@/app/api/v1/audit-log/route";
import { GET as exportEvents } from "@/app/api/v1/export/events/route";
import { GET as exportDeliveries } from "@/app/api/v1/export/deliveries/route";
import { closePool } from "@/lib/db/pool";
import { db, disconnectDb } from "@/lib/db";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, unique, userWithSession } from "../support/auth-fixtures";

let admin: string;
let connectorId: string;

beforeAll(async () => {
  admin = (await userWithSession("admin")).cookie;
  const connector = await db().connector.create({
    data: { workspaceId: await defaultWorkspaceId(), name: unique("dates"), url: "https://example.com" },
  });
  connectorId = connector.id;
});

afterAll(async () => {
  await closePool();
  await disconnectDb();
});

const unstorable = ["0000-01-01", "0000-12-31T23:00:00Z", "0001-01-01T00:00:00+14:00", "+010000-01-01T00:00:00Z"];

type Handler = (request: Request) => Promise<Response>;
const readers: [string, Handler][] = [
  ["/api/v1/events", listEvents],
  ["/api/v1/deliveries", listDeliveries],
  ["/api/v1/deliveries/counts", countDeliveries],
  ["/api/v1/audit-log", auditLog],
  ["/api/v1/export/events", exportEvents],
  ["/api/v1/export/deliveries", exportDeliveries],
];

async function expectRefused(response: Response, field: string) {
  const text = await response.text();
  expect(response.status, text).toBe(400);
  const body = JSON.parse(text) as { error: { code: string; details: { path: string }[] } };
  expect(body.error.code).toBe("validation_failed");
  expect(body.error.details.map((detail) => detail.path)).toContain(field);
}

describe("a date PostgreSQL cannot hold is refused as 400", () => {
  it.each(unstorable)("from= and to= %s", async (date) => {
    for (const [path, handler] of readers) {
      for (const field of ["from", "to"]) {
        const response = await handler(
          apiRequest(`${path}?${field}=${encodeURIComponent(date)}`, { headers: { cookie: admin } }),
        );
        await expectRefused(response, field);
      }
    }
  });

  it.each(unstorable.filter((date) => !date.startsWith("+")))("q=after:%s and before:", async (date) => {
    for (const [path, handler] of readers.slice(0, 3)) {
      for (const qualifier of ["after", "before"]) {
        const q = encodeURIComponent(`${qualifier}:${date}`);
        await expectRefused(await handler(apiRequest(`${path}?q=${q}`, { headers: { cookie: admin } })), "q");
      }
    }
  });

  it.each(unstorable)("bulk filter and recover's since: %s", async (date) => {
    const post = (body: unknown) => ({ method: "POST", headers: { cookie: admin }, body });
    await expectRefused(
      await bulk(
        apiRequest("/api/v1/deliveries/bulk", post({ action: "retry", dryRun: true, filter: { from: date } })),
      ),
      "filter.from",
    );
    if (!date.startsWith("+")) {
      const q = `after:${date}`;
      await expectRefused(
        await bulk(apiRequest("/api/v1/deliveries/bulk", post({ action: "cancel", dryRun: true, filter: { q } }))),
        "filter.q",
      );
    }
    await expectRefused(
      await recover(apiRequest("/api/v1/deliveries/recover", post({ connectorId, since: date }))),
      "since",
    );
  });

  it("the first and last storable days still answer 200", async () => {
    for (const [path, handler] of readers.slice(0, 3)) {
      const q = encodeURIComponent("after:0001-01-01 before:9999-12-31");
      const response = await handler(
        apiRequest(`${path}?from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59Z&q=${q}`, { headers: { cookie: admin } }),
      );
      expect(response.status, await response.text()).toBe(200);
    }
  });
});
