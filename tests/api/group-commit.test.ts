// Group commit (lib/db/group-commit.ts through lib/events/store-event.ts): concurrent publishes and receives are
// stored by one statement and one commit, each caller answered with its own event after that commit; a batch that
// fails fails every caller in it with 503 and stores none of them; a lone request is written at once.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as publishRoute } from "@/app/api/v1/events/route";
import { errorAnswer } from "@/lib/api/handler";
import { uuidv7 } from "@/lib/core/ids";
import { db } from "@/lib/db";
import { storeInboundEvent, storesWaiting, type InboundEventRow } from "@/lib/events/store-event";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { apiRequest, apiToken, unique } from "../support/auth-fixtures";
import { eventType, eventually, subscribedConnector } from "../support/delivery-fixtures";
import {
  createTrigger,
  postToTrigger,
  startReceiveServer,
  triggerUrl,
  type ReceiveServer,
} from "../support/inbound-fixtures";

const CALLERS = 24;

let receiver: ReceiveServer;
let workspaceId: string;

beforeAll(async () => {
  receiver = await startReceiveServer();
  workspaceId = await defaultWorkspaceId();
});

afterAll(async () => {
  await receiver?.close();
});

/** The sizes of the store statements this process sends while `run` runs (each column one array, one per member). */
async function storeStatements(run: () => Promise<unknown>): Promise<number[]> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    await run();
    return spy.mock.calls
      .map(([query]) => query as { name?: string; values?: unknown[][] } | null)
      .filter((query) => query?.name === "store-events")
      .map((query) => query!.values![0]!.length);
  } finally {
    spy.mockRestore();
  }
}

describe("group commit", () => {
  it("publishes concurrent events in fewer statements than callers, each answered with its own stored event", async () => {
    const { authorization } = await apiToken("admin");
    const type = await eventType();
    await subscribedConnector({ url: "http://127.0.0.1:9/hook", subscribeTo: [type.key] });
    let answers: { status: number; id: string; n: number }[] = [];
    const sizes = await storeStatements(async () => {
      answers = await Promise.all(
        Array.from({ length: CALLERS }, async (_, n) => {
          const response = await publishRoute(
            apiRequest("/api/v1/events", {
              method: "POST",
              headers: { authorization },
              body: { type: type.key, payload: { n } },
            }),
          );
          return { status: response.status, id: ((await response.json()) as { id: string }).id, n };
        }),
      );
    });
    expect(answers.map((answer) => answer.status)).toEqual(Array(CALLERS).fill(202));
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(CALLERS);
    // Every request was written, some of them together.
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(CALLERS);
    expect(sizes.length).toBeLessThan(CALLERS);
    const stored = await db().event.findMany({
      where: { id: { in: answers.map((answer) => answer.id) } },
      select: { id: true, body: true, _count: { select: { deliveries: true } } },
    });
    expect(stored).toHaveLength(CALLERS);
    for (const answer of answers) {
      const event = stored.find((row) => row.id === answer.id)!;
      expect(event.body).toEqual({ n: answer.n });
      expect(event._count.deliveries).toBe(1);
    }
  });

  it("receives concurrent requests the same way: each stored exactly once", async () => {
    const { authorization } = await apiToken("admin");
    const trigger = await createTrigger(authorization);
    const url = triggerUrl(receiver.base, trigger.slug, trigger.secret);
    let statuses: number[] = [];
    const sizes = await storeStatements(async () => {
      statuses = await Promise.all(
        Array.from({ length: CALLERS }, async (_, n) => (await postToTrigger(url, JSON.stringify({ n }))).status),
      );
    });
    expect(statuses).toEqual(Array(CALLERS).fill(200));
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(CALLERS);
    const stored = await db().event.findMany({ where: { triggerId: trigger.id }, select: { body: true } });
    expect(stored.map((event) => (event.body as { n: number }).n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: CALLERS }, (_, n) => n),
    );
  });

  it("counts requests on one rate-limit bucket together: exactly the limit is stored, the rest refused", async () => {
    const limit = { key: unique("shared-bucket"), count: 5, windowMs: 60_000 };
    let outcomes: string[] = [];
    const sizes = await storeStatements(async () => {
      outcomes = (
        await Promise.all(Array.from({ length: 12 }, () => storeInboundEvent(row(), noDeliveries, limit)))
      ).map((result) => result.outcome);
    });
    // One bucket no longer keeps requests apart: they were written together.
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(outcomes.filter((outcome) => outcome === "stored")).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === "rate_limited")).toHaveLength(7);
    const bucket = await db().rateLimitBucket.findUnique({ where: { key: limit.key } });
    expect(bucket?.count).toBe(12);
  });

  it("answers every caller of a failed batch 503 with Retry-After and stores none of them", async () => {
    const { authorization } = await apiToken("admin");
    const type = await eventType();
    const trigger = await createTrigger(authorization);
    // Two writes wait on a rate-limit bucket this test holds locked, so both statements in flight are busy and the
    // next writes gather into one batch: a publish, a receive, and direct stores, one of which names a workspace
    // that does not exist (a foreign key violation) and sinks the whole statement.
    const lockKey = unique("held-bucket");
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ($1, now(), 1)`, [
      lockKey,
    ]);
    const limit = { key: lockKey, count: 1_000, windowMs: 60_000 };
    const blocked = [storeInboundEvent(row(), noDeliveries, limit), storeInboundEvent(row(), noDeliveries, limit)];
    const published = publishRoute(
      apiRequest("/api/v1/events", {
        method: "POST",
        headers: { authorization, "idempotency-key": unique("failed-batch") },
        body: { type: type.key, payload: { failed: true } },
      }),
    );
    const received = postToTrigger(
      triggerUrl(receiver.base, trigger.slug, trigger.secret),
      JSON.stringify({ failed: true }),
    );
    const good = Array.from({ length: 3 }, () => row());
    const bad = row({ workspaceId: randomUUID() });
    const stored = [...good, bad].map((event) =>
      storeInboundEvent(event, noDeliveries, null).then(
        () => null,
        (error: unknown) => error,
      ),
    );
    expect(
      await eventually(
        async () => storesWaiting(),
        (waiting) => waiting === 6,
      ),
    ).toBe(6);
    await holder.query("ROLLBACK");
    await holder.end();

    expect((await Promise.all(blocked)).map((result) => result.outcome)).toEqual(["stored", "stored"]);
    const publishAnswer = await published;
    expect(publishAnswer.status).toBe(503);
    expect(publishAnswer.headers.get("retry-after")).toBeTruthy();
    expect(((await publishAnswer.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    const receiveAnswer = await received;
    expect(receiveAnswer.status).toBe(503);
    expect(receiveAnswer.body).toEqual({ error: "Service unavailable" });
    expect(receiveAnswer.headers.get("retry-after")).toBeTruthy();
    for (const failure of await Promise.all(stored)) {
      const answer = errorAnswer(failure);
      expect(answer.status).toBe(503);
      expect(answer.headers?.["retry-after"]).toBeDefined();
    }
    expect(await db().event.count({ where: { id: { in: [...good, bad].map((event) => event.id) } } })).toBe(0);
    expect(await db().event.count({ where: { OR: [{ triggerId: trigger.id }, { type: type.key }] } })).toBe(0);
  });

  it("writes a lone request at once: no timer stands between the call and its statement", async () => {
    const spy = vi.spyOn(pg.Pool.prototype, "query");
    try {
      const stored = storeInboundEvent(row(), noDeliveries, null);
      // Synchronously, before any timer or I/O could run: the statement is already handed to the pool.
      expect(spy.mock.calls.some(([query]) => (query as { name?: string }).name === "store-events")).toBe(true);
      expect((await stored).outcome).toBe("stored");
    } finally {
      spy.mockRestore();
    }
  });
});

const noDeliveries = { messageId: "msg_test", actions: [], kind: "event" as const };

function row(overrides: Partial<InboundEventRow> = {}): InboundEventRow {
  return {
    id: uuidv7(),
    workspaceId,
    source: "api",
    type: "group.commit",
    triggerId: null,
    appWebhookId: null,
    method: null,
    query: null,
    headers: {},
    rawBody: "{}",
    rawBytes: null,
    body: {},
    bodyRawOnly: false,
    contentType: "application/json",
    sizeBytes: 2,
    idempotencyScope: null,
    idempotencyKey: null,
    sourceIp: null,
    verification: null,
    responseStatus: 202,
    responseBody: {},
    ...overrides,
  };
}
