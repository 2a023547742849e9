// GET /api/v1/events?q= and /api/v1/deliveries?q= (lib/search): each form of the search language returns exactly
// the rows it names and none of the others, against real PostgreSQL and its search indexes; hostile input answers
// 400 or an empty page, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useIsolatedDatabase as isolatedDatabase } from "../support/isolated-database";

await isolatedDatabase("search");

const { GET: listEvents } = await import("@/app/api/v1/events/route");
const { GET: listDeliveries } = await import("@/app/api/v1/deliveries/route");
const { GET: countDeliveries } = await import("@/app/api/v1/deliveries/counts/route");
const { pool, closePool } = await import("@/lib/db/pool");
const { db, disconnectDb } = await import("@/lib/db");
const { messageIdFor, uuidv7 } = await import("@/lib/core/ids");
const { defaultWorkspaceId } = await import("@/lib/workspaces/default-workspace");
const { apiRequest, userWithSession } = await import("../support/auth-fixtures");

const DAY = 24 * 3600_000;
let cookie: string;
let workspaceId: string;
const ids = {} as Record<"ann" | "bob" | "push" | "refused" | "old" | "percent" | "voided" | "mentionsVoided", string>;
const deliveries = {} as Record<"ann" | "bob" | "manual", string>;
let crmId: string;
let triggerSlug: string;

interface SeedEvent {
  source: "api" | "trigger";
  type?: string;
  rawBody: string;
  headers?: Record<string, string>;
  responseStatus?: number;
  triggerId?: string;
  receivedAt?: Date;
}

async function insertEvent(event: SeedEvent, receivedAt = event.receivedAt ?? new Date()): Promise<string> {
  const id = uuidv7(receivedAt.getTime());
  let body: string | null = null;
  try {
    body = JSON.stringify(JSON.parse(event.rawBody));
  } catch {
    // Not JSON: kept as text only.
  }
  await pool().query(
    `INSERT INTO "Event" (id, "workspaceId", source, type, "triggerId", headers, "rawBody", body, "sizeBytes",
       "responseStatus", "receivedAt")
     VALUES ($1, $2, $3::"EventSource", $4, $5, $6::jsonb, $7, $8::jsonb, $9, $10, $11)`,
    [
      id,
      workspaceId,
      event.source,
      event.type ?? null,
      event.triggerId ?? null,
      JSON.stringify(event.headers ?? {}),
      event.rawBody,
      body,
      Buffer.byteLength(event.rawBody),
      event.responseStatus ?? 202,
      receivedAt,
    ],
  );
  return id;
}

async function insertDelivery(connectorId: string, eventId: string | null, status: string): Promise<string> {
  const id = uuidv7();
  await pool().query(
    `INSERT INTO "Delivery" (id, "workspaceId", "eventId", "connectorId", kind, status, "messageId", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5::"DeliveryKind", $6::"DeliveryStatus", $7, now(), now())`,
    [
      id,
      workspaceId,
      eventId,
      connectorId,
      eventId ? "event" : "manual",
      status,
      eventId ? messageIdFor(eventId) : `msg_${id.replaceAll("-", "")}`,
    ],
  );
  return id;
}

beforeAll(async () => {
  cookie = (await userWithSession("viewer")).cookie;
  workspaceId = await defaultWorkspaceId();
  const crm = await db().connector.create({ data: { workspaceId, name: "Search CRM", url: "https://example.com" } });
  const other = await db().connector.create({ data: { workspaceId, name: "Other", url: "https://example.com" } });
  crmId = crm.id;
  const trigger = await db().trigger.create({
    data: { workspaceId, name: "GitHub pushes", slug: "github-pushes", secretEnc: "unused" },
  });
  triggerSlug = trigger.slug;
  // Sixty look-alikes first, so every search below has many near misses.
  for (let index = 0; index < 60; index++) {
    await insertEvent({
      source: "api",
      type: "order.paid",
      rawBody: JSON.stringify({
        id: `ord_fill_${index}`,
        customer: { email: `filler${index}@example.org` },
        amount: 100 + index,
      }),
    });
  }
  ids.ann = await insertEvent({
    source: "api",
    type: "order.paid",
    rawBody: '{"id":"ord_ann","customer":{"email":"ann@example.com"},"amount":4200,"paid":true}',
  });
  ids.bob = await insertEvent({
    source: "api",
    type: "order.paid",
    rawBody: '{"id":"ord_bob","customer":{"email":"bob@example.com"},"amount":"4200","paid":false}',
  });
  ids.push = await insertEvent({
    source: "trigger",
    triggerId: trigger.id,
    headers: { "webhook-id": "msg_inbound_push", "x-github-event": "push" },
    rawBody: '{"ref":"refs/heads/main","pusher":{"name":"octocat"}}',
  });
  ids.refused = await insertEvent({
    source: "trigger",
    triggerId: trigger.id,
    headers: { "x-github-event": "ping" },
    rawBody: "plain text Hello World",
    responseStatus: 401,
  });
  ids.percent = await insertEvent({
    source: "api",
    type: "sale",
    rawBody: String.raw`{"note":"100% off_sale C:\\tmp"}`,
  });
  // A type no body names, and a body that names it under another type: a bare type name finds both.
  ids.voided = await insertEvent({ source: "api", type: "invoice.voided", rawBody: '{"invoice":"in_9"}' });
  ids.mentionsVoided = await insertEvent({
    source: "api",
    type: "audit.note",
    rawBody: '{"note":"replaced the invoice.voided hook"}',
  });
  ids.old = await insertEvent(
    { source: "api", type: "order.paid", rawBody: '{"id":"ord_old"}' },
    new Date(Date.now() - 3 * DAY),
  );
  deliveries.ann = await insertDelivery(crm.id, ids.ann, "succeeded");
  deliveries.bob = await insertDelivery(other.id, ids.bob, "dead");
  deliveries.manual = await insertDelivery(crm.id, null, "failed");
});

afterAll(async () => {
  await closePool();
  await disconnectDb();
});

async function get(handler: typeof listEvents, path: string) {
  const response = await handler(apiRequest(path, { headers: { cookie } }));
  return { status: response.status, body: await response.json() };
}

async function eventIds(q: string): Promise<string[]> {
  const { status, body } = await get(listEvents, `/api/v1/events?limit=200&q=${encodeURIComponent(q)}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return (body.data as { id: string }[]).map((row) => row.id);
}

async function deliveryIds(q: string): Promise<string[]> {
  const { status, body } = await get(listDeliveries, `/api/v1/deliveries?limit=200&q=${encodeURIComponent(q)}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return (body.data as { id: string }[]).map((row) => row.id);
}

// Newest first, as the lists answer.
const newestFirst = (...list: string[]) => [...list].sort().reverse();

describe("events search", () => {
  it.each<[string, () => string, () => string[]]>([
    ["body text, case-insensitive", () => "ANN@example", () => [ids.ann]],
    ["a quoted phrase", () => '"Hello World"', () => [ids.refused]],
    ["path = value", () => "customer.email = bob@example.com", () => [ids.bob]],
    ["a number matches the number and the string", () => "amount = 4200", () => newestFirst(ids.ann, ids.bob)],
    ["a quoted number only the string", () => 'amount = "4200"', () => [ids.bob]],
    ["a boolean", () => "paid = true", () => [ids.ann]],
    ["a nested path", () => "pusher.name = octocat", () => [ids.push]],
    ["header:name = value, any case", () => "header:X-GitHub-Event = push", () => [ids.push]],
    ["id:", () => `id:${ids.bob}`, () => [ids.bob]],
    ["a bare id", () => ids.bob, () => [ids.bob]],
    ["webhook-id: of an inbound request", () => "webhook-id:msg_inbound_push", () => [ids.push]],
    ["webhook-id: of a delivery sent", () => `webhook-id:${messageIdFor(ids.ann)}`, () => [ids.ann]],
    ["a bare webhook-id", () => messageIdFor(ids.bob), () => [ids.bob]],
    ["status:refused", () => "status:refused", () => [ids.refused]],
    ["status:<http status>", () => "status:401", () => [ids.refused]],
    ["source:", () => "source:trigger", () => newestFirst(ids.push, ids.refused)],
    ["trigger: by slug", () => `trigger:${triggerSlug}`, () => newestFirst(ids.push, ids.refused)],
    ["trigger: by name", () => 'trigger:"GitHub pushes" status:accepted', () => [ids.push]],
    ["connector: by name", () => 'connector:"Search CRM"', () => [ids.ann]],
    ["connector: by id", () => `connector:${crmId}`, () => [ids.ann]],
    [
      "a bare event type name finds its events and the bodies that name it",
      () => "invoice.voided",
      () => newestFirst(ids.voided, ids.mentionsVoided),
    ],
    ["type: is the type only", () => "type:invoice.voided", () => [ids.voided]],
    ["a quoted type name is body text only", () => '"invoice.voided"', () => [ids.mentionsVoided]],
    ["a bare type name with a body term", () => "order.paid ann@example", () => [ids.ann]],
    ["type: with a body term", () => "type:order.paid amount = 4200", () => newestFirst(ids.ann, ids.bob)],
    ["before:", () => `before:${new Date(Date.now() - 2 * DAY).toISOString()}`, () => [ids.old]],
    [
      "after: leaves the old one out",
      () => `after:${new Date(Date.now() - 2 * DAY).toISOString()} ord_`,
      () => [ids.ann, ids.bob],
    ],
    ["% is literal", () => '"100% off"', () => [ids.percent]],
    ["_ is literal", () => "off_sale", () => [ids.percent]],
    ["backslashes are literal (unquoted: no escapes)", () => String.raw`C:\\tmp`, () => [ids.percent]],
    ["nothing matches", () => "customer.email = nobody@example.com", () => []],
  ])("%s", async (_name, q, expected) => {
    const found = await eventIds(q());
    // "after: … ord_" also finds the sixty fillers (ord_fill_…): only the two named ones among the rest matter.
    if (_name.startsWith("after:")) {
      expect(found).toHaveLength(62);
      expect(found).toEqual(expect.arrayContaining(expected()));
      expect(found).not.toContain(ids.old);
      return;
    }
    expect(found).toEqual(expected());
  });

  it("a bare event type name alone finds every event of that type (the bodies do not name it)", async () => {
    const found = await eventIds("order.paid");
    expect(found).toHaveLength(63);
    expect(found).toEqual(expect.arrayContaining([ids.ann, ids.bob, ids.old]));
  });

  it("each row carries the start of its body, which tells sixty look-alikes apart", async () => {
    const { body } = await get(listEvents, `/api/v1/events?type=order.paid&limit=100`);
    const excerpts = (body.data as { excerpt: string }[]).map((row) => row.excerpt);
    expect(excerpts).toHaveLength(63);
    expect(new Set(excerpts).size).toBe(63);
    expect(excerpts).toContain('{"id":"ord_ann","customer":{"email":"ann@example.com"},"amount":4200,"paid":true}');
    // The deliveries column counts each row's own deliveries.
    const counted = (body.data as { id: string; _count: { deliveries: number } }[]).filter(
      (row) => row._count.deliveries > 0,
    );
    expect(counted.map((row) => [row.id, row._count.deliveries])).toEqual(
      newestFirst(ids.ann, ids.bob).map((id) => [id, 1]),
    );
  });

  it("pages through a search with the cursor", async () => {
    const first = await get(listEvents, `/api/v1/events?limit=25&q=${encodeURIComponent("ord_fill_")}`);
    expect(first.body.data).toHaveLength(25);
    const second = await get(listEvents, `/api/v1/events?limit=50&cursor=${first.body.nextCursor}&q=ord_fill_`);
    expect(second.body.data).toHaveLength(35);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.data, ...second.body.data].map((row: { id: string }) => row.id);
    expect(new Set(all).size).toBe(60);
  });
});

describe("deliveries search", () => {
  it.each<[string, () => string, () => string[]]>([
    ["body text of the event", () => "ann@example.com", () => [deliveries.ann]],
    ["path = value on the event", () => "customer.email = bob@example.com", () => [deliveries.bob]],
    ["webhook-id:", () => `webhook-id:${messageIdFor(ids.ann)}`, () => [deliveries.ann]],
    ["id: of the delivery", () => `id:${deliveries.manual}`, () => [deliveries.manual]],
    ["id: of its event", () => ids.bob, () => [deliveries.bob]],
    ["status:", () => "status:dead", () => [deliveries.bob]],
    ["connector: by name", () => 'connector:"Search CRM"', () => newestFirst(deliveries.ann, deliveries.manual)],
    ["connector: and status:", () => `connector:${crmId} status:failed`, () => [deliveries.manual]],
    ["a bare event type name", () => "order.paid", () => newestFirst(deliveries.ann, deliveries.bob)],
    ["type: of the event", () => "type:order.paid", () => newestFirst(deliveries.ann, deliveries.bob)],
    ["source: of the event", () => "source:api", () => newestFirst(deliveries.ann, deliveries.bob)],
    ["nothing matches", () => "octocat", () => []],
  ])("%s", async (_name, q, expected) => {
    expect(await deliveryIds(q())).toEqual(expected());
  });

  it("rows carry their event's body excerpt", async () => {
    const { body } = await get(listDeliveries, `/api/v1/deliveries?q=${encodeURIComponent("ann@example.com")}`);
    expect(body.data[0].excerpt).toContain("ord_ann");
  });

  it("the counts per status follow the search", async () => {
    const { status, body } = await get(
      countDeliveries,
      `/api/v1/deliveries/counts?q=${encodeURIComponent('connector:"Search CRM"')}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ succeeded: 1, failed: 1, dead: 0, pending: 0 });
  });

  it("counts stop one past the cap, so a huge table is never counted whole", async () => {
    const { countDeliveriesByStatus } = await import("@/lib/delivery/list-deliveries");
    const workspaceId = await defaultWorkspaceId();
    const exact = await countDeliveriesByStatus(workspaceId, {});
    expect(exact.succeeded + exact.failed).toBeGreaterThanOrEqual(2);
    // With a cap of 0, a status with any delivery reads 1 (= cap + 1: "more than 0"), the others 0.
    const capped = await countDeliveriesByStatus(workspaceId, {}, 0);
    for (const status of Object.keys(exact) as (keyof typeof exact)[]) {
      expect(capped[status]).toBe(Math.min(exact[status], 1));
    }
  });

  it("refuses a status that deliveries do not have", async () => {
    const { status, body } = await get(listDeliveries, `/api/v1/deliveries?q=status:refused`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "validation_failed" });
    expect(body.error.message).toMatch(/status: expects one of pending/);
  });
});

describe("hostile searches answer 400 or an empty page, never a 500", () => {
  // Raw query strings (already percent-encoded), so bytes a URL encoder would refuse still reach the server.
  const cases: [string, string][] = [
    ["NUL", "%00abc"],
    ["an encoded lone surrogate", "%ED%A0%80abc"],
    ["a lone surrogate escape in JSON text", encodeURIComponent(String.raw`a = "\ud800"`)],
    ["a single quote", encodeURIComponent("'")],
    ["SQL in quotes", encodeURIComponent(`'; DROP TABLE "Event"; --`)],
    ["quotes in a path and value", encodeURIComponent(String.raw`"a\"b" = "c'd\"e"`)],
    ["an unclosed quote", encodeURIComponent('"abc')],
    ["a lone percent", "%25"],
    ["three percents", "%25%25%25"],
    ["three underscores", "___"],
    ["backslashes", encodeURIComponent("\\\\\\\\")],
    ["a JSON-looking value", encodeURIComponent('a = {"$ne":1}')],
    ["10 KB", "a".repeat(10 * 1024)],
    ["10 KB of percents", "%25".repeat(10 * 1024)],
    ["a path 1,000 deep", encodeURIComponent(`${Array.from({ length: 1000 }, () => "a").join(".")} = 1`)],
    ["a huge number", encodeURIComponent(`amount = 1${"0".repeat(400)}`)],
    ["a bad date", "after:2026-02-31T99:99"],
    ["an array of q", "q=abc&q=def"],
    ["emoji", encodeURIComponent("😀😀😀 = 😀")],
  ];

  it.each(cases)("%s", async (_name, raw) => {
    for (const [handler, base] of [
      [listEvents, "/api/v1/events"],
      [listDeliveries, "/api/v1/deliveries"],
      [countDeliveries, "/api/v1/deliveries/counts"],
    ] as const) {
      const query = raw.startsWith("q=") ? raw : `q=${raw}`;
      const { status, body } = await get(handler, `${base}?${query}`);
      expect([200, 400], `${base} ${JSON.stringify(body)}`).toContain(status);
      if (status === 400) expect(body.error.code).toBe("validation_failed");
      else if (base.endsWith("counts")) expect(Object.values(body).every((count) => count === 0)).toBe(true);
      else expect(body.data).toEqual([]);
    }
  });
});
