// POST /api/v1/deliveries/bulk: a dry run counts exactly what retry / cancel would change and changes nothing;
// the action changes exactly those rows (the list's filter and search decide which) and no others, is audited,
// is refused to viewers and, past 10,000 matches, refused whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

await isolatedDatabase("bulk");

const { POST: bulk } = await import("@/app/api/v1/deliveries/bulk/route");
const { pool, closePool } = await import("@/lib/db/pool");
const { db, disconnectDb } = await import("@/lib/db");
const { uuidv7 } = await import("@/lib/core/ids");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { apiRequest, userWithSession } = await import("../support/auth-fixtures");

let admin: string;
let viewer: string;
let workspaceId: string;
const connectors = { crm: "", billing: "", huge: "" };
/** Delivery ids by status, for the CRM connector; billing's dead ones apart. */
const crm: Record<string, string[]> = {};
let billingDead: string[] = [];

async function delivery(connectorId: string, status: string, email: string): Promise<string> {
  const eventId = uuidv7();
  const body = JSON.stringify({ customer: { email } });
  await pool().query(
    `INSERT INTO "Event" (id, "workspaceId", source, type, headers, "rawBody", body) VALUES ($1, $2, 'api', 'order.paid', '{}', $3::text, $3::jsonb)`,
    [eventId, workspaceId, body],
  );
  const id = uuidv7();
  await pool().query(
    `INSERT INTO "Delivery" (id, "workspaceId", "eventId", "connectorId", kind, status, "messageId", "attemptCount",
       "maxAttempts", "completedAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 'event', $5::"DeliveryStatus", $6, 3, 3,
       CASE WHEN $5::text IN ('dead', 'succeeded', 'cancelled') THEN now() END, now(), now())`,
    [id, workspaceId, eventId, connectorId, status, `msg_${id.replaceAll("-", "")}`],
  );
  return id;
}

beforeAll(async () => {
  admin = (await userWithSession("admin")).cookie;
  viewer = (await userWithSession("viewer")).cookie;
  workspaceId = await defaultWorkspaceId();
  for (const name of ["crm", "billing", "huge"] as const) {
    connectors[name] = (
      await db().connector.create({ data: { workspaceId, name: `Bulk ${name}`, url: "https://example.com" } })
    ).id;
  }
  for (const [status, count] of [
    ["dead", 3],
    ["failed", 2],
    ["succeeded", 2],
    ["pending", 1],
  ] as const) {
    crm[status] = [];
    for (let index = 0; index < count; index++) {
      crm[status].push(await delivery(connectors.crm, status, `${status}${index}@example.com`));
    }
  }
  billingDead = [await delivery(connectors.billing, "dead", "dead0@example.com")];
});

afterAll(async () => {
  await closePool();
  await disconnectDb();
});

async function post(body: unknown, cookie = admin) {
  const response = await bulk(apiRequest("/api/v1/deliveries/bulk", { method: "POST", body, headers: { cookie } }));
  return { status: response.status, body: await response.json() };
}

async function statuses(): Promise<Record<string, string>> {
  const rows = await db().delivery.findMany({ select: { id: true, status: true } });
  return Object.fromEntries(rows.map((row) => [row.id, row.status]));
}

describe("bulk retry and cancel", () => {
  it("a dry run counts what each action would change, and changes nothing", async () => {
    const before = await statuses();
    const cases: [unknown, number][] = [
      [{ connectorId: connectors.crm }, 5], // retry: 3 dead + 2 failed (succeeded and pending are left alone)
      [{ q: "status:dead" }, 4],
      [{ q: "customer.email = dead1@example.com" }, 1],
      [{ connectorId: connectors.crm, q: "nobody@example" }, 0],
    ];
    for (const [filter, count] of cases) {
      expect(await post({ action: "retry", dryRun: true, filter })).toEqual({
        status: 200,
        body: { action: "retry", dryRun: true, count },
      });
    }
    // cancel: 2 failed + 1 pending.
    expect((await post({ action: "cancel", dryRun: true, filter: { connectorId: connectors.crm } })).body.count).toBe(
      3,
    );
    expect(await statuses()).toEqual(before);
  });

  it("viewers may not", async () => {
    const { status, body } = await post({ action: "retry", dryRun: true }, viewer);
    expect(status).toBe(403);
    expect(body.error.code).toBe("forbidden");
  });

  it("a refused search or action answers 400 and changes nothing", async () => {
    const before = await statuses();
    for (const body of [
      { action: "retry", filter: { q: '"unclosed' } },
      { action: "retry", filter: { q: "status:refused" } },
      { action: "delete", filter: {} },
    ]) {
      const answer = await post(body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.error.code).toBe("validation_failed");
    }
    expect(await statuses()).toEqual(before);
  });

  it("retry requeues exactly the matching dead deliveries and audits it", async () => {
    const before = await statuses();
    const { status, body } = await post({ action: "retry", filter: { q: 'connector:"Bulk crm" status:dead' } });
    expect(status).toBe(200);
    expect(body).toEqual({ action: "retry", dryRun: false, count: 3 });
    const after = await statuses();
    for (const id of crm.dead!) expect(after[id]).toBe("pending");
    // Everything else is as it was, the other connector's dead delivery included.
    for (const [id, was] of Object.entries(before)) if (!crm.dead!.includes(id)) expect(after[id]).toBe(was);
    expect(after[billingDead[0]!]).toBe("dead");
    const retried = await db().delivery.findMany({ where: { id: { in: crm.dead } } });
    for (const row of retried) {
      expect(row.nextAttemptAt).not.toBeNull();
      expect(row.completedAt).toBeNull();
      expect(row.maxAttempts).toBe(4);
    }
    const audit = await db().auditLog.findFirst({ where: { action: "delivery.bulk_retried" } });
    expect(audit?.diff).toMatchObject({ changed: 3, filter: { q: 'connector:"Bulk crm" status:dead' } });
  });

  it("cancel stops exactly the matching pending and failed deliveries", async () => {
    const { body } = await post({ action: "cancel", filter: { connectorId: connectors.crm, status: "failed" } });
    expect(body).toEqual({ action: "cancel", dryRun: false, count: 2 });
    const after = await statuses();
    for (const id of crm.failed!) expect(after[id]).toBe("cancelled");
    for (const id of [...crm.dead!, ...crm.pending!]) expect(after[id]).toBe("pending");
    for (const id of crm.succeeded!) expect(after[id]).toBe("succeeded");
  });

  it("more than 10,000 matches are refused whole, with the count", async () => {
    await pool().query(
      `INSERT INTO "Delivery" (id, "workspaceId", "connectorId", kind, status, "messageId", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, 'manual', 'dead', 'msg_huge_' || n, now(), now() FROM generate_series(1, 10001) AS n`,
      [workspaceId, connectors.huge],
    );
    const filter = { connectorId: connectors.huge };
    expect((await post({ action: "retry", dryRun: true, filter })).body.count).toBe(10_001);
    const { status, body } = await post({ action: "retry", filter });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/10,001 deliveries match/);
    expect(await db().delivery.count({ where: { connectorId: connectors.huge, status: "dead" } })).toBe(10_001);
  });
});
