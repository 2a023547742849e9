// Publishing and delivery against a real PostgreSQL, a real in-process worker and real HTTP receivers.
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as publishRoute } from "@/app/api/v1/events/route";
import { GET as listDeliveriesRoute } from "@/app/api/v1/deliveries/route";
import { POST as retryRoute } from "@/app/api/v1/deliveries/[id]/retry/route";
import { POST as recoverRoute } from "@/app/api/v1/deliveries/recover/route";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { apiRequest, apiToken, routeParams } from "../support/auth-fixtures";
import { eventType, eventually, generateSigningSecret, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { useIsolatedDatabase } from "../support/isolated-database";

let worker: RunningWorker;
let admin: string;
let viewer: string;
const targets: HttpTarget[] = [];

async function target(...args: Parameters<typeof startHttpTarget>) {
  const started = await startHttpTarget(...args);
  targets.push(started);
  return started;
}

async function publish(type: string, payload: unknown, headers: Record<string, string> = {}) {
  const response = await publishRoute(
    apiRequest("/api/v1/events", {
      method: "POST",
      body: { type, payload },
      headers: { authorization: admin, ...headers },
    }),
  );
  return { status: response.status, body: await response.json() };
}

const deliveriesOf = (eventId: string) =>
  db().delivery.findMany({ where: { eventId }, include: { attempts: { orderBy: { number: "asc" } } } });

const startWorker = () =>
  startDeliveryWorker({
    leaseMs: 5_000,
    pollIntervalMs: 50,
    retry: { minDelayAfterThrottleMs: 0 },
    unexpected: { limit: 3, delayMs: 100 },
  });

beforeAll(async () => {
  await useIsolatedDatabase("delivery");
  admin = (await apiToken("admin")).authorization;
  viewer = (await apiToken("viewer")).authorization;
  worker = await startWorker();
});

afterAll(async () => {
  await worker?.stop();
  await Promise.all(targets.map((item) => item.close()));
  await closePool();
  await disconnectDb();
});

describe("publishing", () => {
  it("fans out to every enabled subscriber once, with one message id, and skips the others", async () => {
    const type = await eventType();
    const receivers = await Promise.all([target(), target(), target()]);
    for (const receiver of receivers) await subscribedConnector({ url: receiver.url, subscribeTo: [type.key] });
    const disabled = await target();
    const unsubscribed = await target();
    const bystanders = [
      await subscribedConnector({ url: disabled.url, subscribeTo: [type.key], enabled: false }),
      await subscribedConnector({ url: unsubscribed.url }),
    ];

    const { status, body } = await publish(type.key, { lead: { id: 42, email: "ann@example.com" } });
    expect(status).toBe(202);
    expect(body).toMatchObject({ id: expect.any(String), type: type.key, deliveries: 3 });

    const received = await Promise.all(receivers.map((receiver) => receiver.waitForRequests(1)));
    for (const [request] of received) {
      expect(JSON.parse(request!.body)).toEqual({ lead: { id: 42, email: "ann@example.com" } });
      expect(request!.headers["content-type"]).toBe("application/json");
      expect(request!.headers["webhook-id"]).toBe(received[0]![0]!.headers["webhook-id"]);
    }
    const deliveries = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows.every((row) => row.status === "succeeded"),
    );
    expect(deliveries.map((row) => row.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    expect(deliveries.every((row) => row.attempts.length === 1 && row.attempts[0]!.responseStatus === 200)).toBe(true);
    // Fan-out is decided when the event is stored: the others have no delivery to send, ever.
    expect(
      await db().delivery.count({ where: { eventId: body.id, connectorId: { in: bystanders.map(({ id }) => id) } } }),
    ).toBe(0);
    expect(disabled.received).toHaveLength(0);
    expect(unsubscribed.received).toHaveLength(0);
    for (const receiver of receivers) expect(receiver.received).toHaveLength(1);
  });

  it("returns the first answer for a repeated Idempotency-Key and stores nothing new", async () => {
    const type = await eventType();
    const receiver = await target();
    await subscribedConnector({ url: receiver.url, subscribeTo: [type.key] });
    const key = `key-${Date.now()}`;
    const first = await publish(type.key, { n: 1, m: [1, 2] }, { "idempotency-key": key });
    // The same payload (key order aside: compared as JSON values) is a retry of the same request.
    const second = await publish(type.key, { m: [1, 2], n: 1 }, { "idempotency-key": key });
    expect(second.status).toBe(202);
    expect(second.body).toMatchObject({ id: first.body.id, deliveries: 1, duplicate: true });
    // Another payload under the same key is the caller's mistake: refused, not answered as the first.
    const reused = await publish(type.key, { n: 2, m: [1, 2] }, { "idempotency-key": key });
    expect(reused.status).toBe(409);
    expect(reused.body.error).toMatchObject({ code: "idempotency_key_reused" });
    const otherType = await eventType();
    const reusedForType = await publish(otherType.key, { n: 1, m: [1, 2] }, { "idempotency-key": key });
    expect(reusedForType.status).toBe(409);
    expect(await db().event.count({ where: { type: { in: [type.key, otherType.key] } } })).toBe(1);
    // Nothing more can arrive, without waiting for it: one event, so one delivery, and it has ended.
    const deliveries = await eventually(
      () => deliveriesOf(first.body.id),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(deliveries.map((row) => [row.status, row.attempts.length])).toEqual([["succeeded", 1]]);
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body)).toEqual({ n: 1, m: [1, 2] });
  });

  it("refuses an unknown event type, a viewer, and a malformed body with the API error shape", async () => {
    const unknown = await publish(`nope.${Date.now()}`, {});
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: "validation_failed", details: [{ path: "type" }] });

    const type = await eventType();
    const asViewer = await publishRoute(
      apiRequest("/api/v1/events", {
        method: "POST",
        body: { type: type.key, payload: {} },
        headers: { authorization: viewer },
      }),
    );
    expect(asViewer.status).toBe(403);

    const badKey = await publish("bad key!", {});
    expect(badKey.status).toBe(400);
    expect(badKey.body.error.details[0].path).toBe("type");
  });

  it("stores the dashboard's Send test (?source=test) as a test event and any other publish as an API event", async () => {
    const type = await eventType();
    const sourceOf = async (path: string) => {
      const response = await publishRoute(
        apiRequest(path, { method: "POST", body: { type: type.key, payload: {} }, headers: { authorization: admin } }),
      );
      expect(response.status).toBe(202);
      const { id } = (await response.json()) as { id: string };
      return (await db().event.findUniqueOrThrow({ where: { id }, select: { source: true } })).source;
    };
    expect(await sourceOf("/api/v1/events?source=test")).toBe("test");
    expect(await sourceOf("/api/v1/events")).toBe("api");
    const unknownSource = await publishRoute(
      apiRequest("/api/v1/events?source=trigger", {
        method: "POST",
        body: { type: type.key, payload: {} },
        headers: { authorization: admin },
      }),
    );
    expect(unknownSource.status).toBe(400);
  });
});

describe("stored attempts", () => {
  it("keeps at most 64 KiB of a large request body and says it was cut", async () => {
    const type = await eventType();
    const receiver = await target();
    await subscribedConnector({ url: receiver.url, subscribeTo: [type.key] });
    const { body } = await publish(type.key, { pad: "x".repeat(100 * 1024) });
    const [received] = await receiver.waitForRequests(1);
    expect(received!.body.length).toBeGreaterThan(100 * 1024);
    const [delivery] = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows[0]?.attempts.length === 1,
    );
    const attempt = delivery!.attempts[0]!;
    expect(attempt.requestBodyTruncated).toBe(true);
    expect(Buffer.byteLength(attempt.requestBody!)).toBeLessThanOrEqual(64 * 1024);
  });
});

describe("signing", () => {
  it("signs with Standard Webhooks, verifiable by the reference library, and with both keys during a rotation", async () => {
    const type = await eventType();
    const [current, previous] = [generateSigningSecret(), generateSigningSecret()];
    const receiver = await target();
    const connector = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key], signingSecret: current });

    await publish(type.key, { hello: "world" });
    const [signed] = await receiver.waitForRequests(1);
    const headers = signed!.headers as Record<string, string>;
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    expect(new Webhook(current).verify(signed!.body, headers)).toEqual({ hello: "world" });

    const { encrypt } = await import("@/lib/crypto/secret-key");
    await db().connector.update({
      where: { id: connector.id },
      data: {
        previousSigningSecretEnc: encrypt(previous),
        previousSigningSecretExpiresAt: new Date(Date.now() + 60_000),
      },
    });
    await publish(type.key, { rotated: true });
    const [, second] = await receiver.waitForRequests(2);
    const rotatedHeaders = second!.headers as Record<string, string>;
    expect(rotatedHeaders["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(() => new Webhook(current).verify(second!.body, rotatedHeaders)).not.toThrow();
    expect(() => new Webhook(previous).verify(second!.body, rotatedHeaders)).not.toThrow();
  });
});

describe("retries", () => {
  it("retries on the connector's schedule, keeps the webhook-id, and records every attempt", async () => {
    const type = await eventType();
    const receiver = await target((_request, index) =>
      index < 2 ? { status: 500, body: "boom" } : { status: 200, body: "ok" },
    );
    await subscribedConnector({ url: receiver.url, subscribeTo: [type.key], retrySchedule: [0, 1, 1] });

    const { body } = await publish(type.key, { attempt: "me" });
    const received = await receiver.waitForRequests(3, 10_000);
    const [delivery] = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(delivery!.status).toBe("succeeded");
    expect(delivery!.attempts.map((attempt) => [attempt.number, attempt.responseStatus, attempt.succeeded])).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    expect(delivery!.attempts[0]!.errorCode).toBe("http_500");
    expect(new Set(received.map((request) => request.headers["webhook-id"])).size).toBe(1);
    // 1 s ± 20 % between attempts.
    for (const [earlier, later] of [
      [0, 1],
      [1, 2],
    ] as const) {
      const gap = received[later]!.receivedAt - received[earlier]!.receivedAt;
      expect(gap).toBeGreaterThanOrEqual(750);
      expect(gap).toBeLessThan(2_500);
    }
  });

  it("honours Retry-After on 429", async () => {
    const type = await eventType();
    const receiver = await target((_request, index) =>
      index === 0 ? { status: 429, headers: { "retry-after": "2" } } : { status: 200 },
    );
    await subscribedConnector({ url: receiver.url, subscribeTo: [type.key], retrySchedule: [0, 0, 0] });
    await publish(type.key, {});
    const received = await receiver.waitForRequests(2, 10_000);
    expect(received[1]!.receivedAt - received[0]!.receivedAt).toBeGreaterThanOrEqual(1_950);
  });

  it("disables the connector on 410 Gone, with a reason and a notification", async () => {
    const type = await eventType();
    const receiver = await target(() => ({ status: 410 }));
    const connector = await subscribedConnector({
      url: receiver.url,
      subscribeTo: [type.key],
      retrySchedule: [0, 1, 1],
    });
    const { body } = await publish(type.key, {});
    const [delivery] = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows[0]?.status === "dead",
    );
    expect(delivery!.status).toBe("dead");
    expect(delivery!.attempts).toHaveLength(1);
    // The connector's health is recorded after the batch's attempts, so it can trail the delivery's status.
    const row = await eventually(
      () => db().connector.findUniqueOrThrow({ where: { id: connector.id } }),
      (value) => !value.enabled,
    );
    expect(row).toMatchObject({ enabled: false, disabledReason: "The receiver answered 410 Gone", lastStatus: 410 });
    const notice = await eventually(
      () => db().notification.findFirst({ where: { connectorId: connector.id, kind: "connector_disabled" } }),
      (value) => value !== null,
    );
    expect(notice?.title).toContain(connector.name);
  });

  it("marks a delivery dead after the last attempt, sets the connector's last error, and notifies when asked to", async () => {
    const type = await eventType();
    const receiver = await target(() => ({ status: 503, body: "down" }));
    const connector = await subscribedConnector({
      url: receiver.url,
      subscribeTo: [type.key],
      retrySchedule: [0, 1],
      notifyOnFailure: true,
    });
    const { body } = await publish(type.key, {});
    const [delivery] = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows[0]?.status === "dead",
      10_000,
    );
    expect(delivery!.status).toBe("dead");
    expect(delivery!.attempts).toHaveLength(2);
    expect(delivery!.lastErrorCode).toBe("http_503");
    const row = await eventually(
      () => db().connector.findUniqueOrThrow({ where: { id: connector.id } }),
      (value) => value.lastStatus === 503,
    );
    expect(row.lastStatus).toBe(503);
    expect(row.lastErrorMessage).toBeTruthy();
    expect(row.lastErrorAt).not.toBeNull();
    expect(row.enabled).toBe(true);
    const notice = await eventually(
      () => db().notification.findFirst({ where: { deliveryId: delivery!.id, kind: "delivery_failed" } }),
      (value) => value !== null,
    );
    expect(notice?.message).toContain("503");

    // Manual retry after the receiver is fixed: one more attempt, and it succeeds.
    receiver.respondWith(() => ({ status: 200 }));
    const retried = await retryRoute(
      apiRequest(`/api/v1/deliveries/${delivery!.id}/retry`, { method: "POST", headers: { authorization: admin } }),
      routeParams({ id: delivery!.id }),
    );
    expect(retried.status).toBe(200);
    const [after] = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(after!.attempts.map((attempt) => attempt.succeeded)).toEqual([false, false, true]);
    expect(await db().auditLog.count({ where: { action: "delivery.retried", targetId: delivery!.id } })).toBe(1);
  });

  it("disables a connector that has been failing continuously for 5 days, with a notification", async () => {
    const type = await eventType();
    const receiver = await target(() => ({ status: 500 }));
    const connector = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key], retrySchedule: [0, 60] });
    await db().connector.update({
      where: { id: connector.id },
      data: { failingSince: new Date(Date.now() - 5 * 24 * 3600 * 1000 - 60_000) },
    });
    await publish(type.key, {});
    const row = await eventually(
      () => db().connector.findUniqueOrThrow({ where: { id: connector.id } }),
      (value) => !value.enabled,
    );
    expect(row).toMatchObject({ enabled: false, disabledReason: "Failing continuously for 5 days" });
    const notices = await eventually(
      () => db().notification.count({ where: { connectorId: connector.id, kind: "connector_disabled" } }),
      (count) => count > 0,
    );
    expect(notices).toBe(1);
  });

  it("keeps a connector failing for less than 5 days enabled, and a success ends the run of failures", async () => {
    const type = await eventType();
    const receiver = await target((_request, index) => (index === 0 ? { status: 500 } : { status: 200 }));
    const connector = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key], retrySchedule: [0, 0] });
    await db().connector.update({
      where: { id: connector.id },
      data: { failingSince: new Date(Date.now() - 4 * 24 * 3600 * 1000) },
    });
    await publish(type.key, {});
    const row = await eventually(
      () => db().connector.findUniqueOrThrow({ where: { id: connector.id } }),
      (value) => value.lastSuccessAt !== null,
    );
    expect(row).toMatchObject({ enabled: true, failingSince: null, lastStatus: 200 });
  });

  it("recovers every failed delivery of a connector since a time", async () => {
    const type = await eventType();
    const receiver = await target(() => ({ status: 500 }));
    const connector = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key], retrySchedule: [0] });
    const before = await publish(type.key, { n: 0 });
    await eventually(
      () => deliveriesOf(before.body.id),
      (rows) => rows[0]?.status === "dead",
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    const since = new Date().toISOString();
    const published = [await publish(type.key, { n: 1 }), await publish(type.key, { n: 2 })];
    await eventually(
      () => db().delivery.count({ where: { connectorId: connector.id, status: "dead" } }),
      (count) => count === 3,
    );
    receiver.respondWith(() => ({ status: 200 }));
    const response = await recoverRoute(
      apiRequest("/api/v1/deliveries/recover", {
        method: "POST",
        body: { connectorId: connector.id, since },
        headers: { authorization: admin },
      }),
    );
    expect(await response.json()).toEqual({ recovered: 2 });
    const audit = await db().auditLog.findFirst({ where: { action: "delivery.recovered", targetId: connector.id } });
    expect(audit?.diff).toMatchObject({ recovered: 2 });
    for (const { body } of published) {
      const [delivery] = await eventually(
        () => deliveriesOf(body.id),
        (rows) => rows[0]?.status === "succeeded",
      );
      expect(delivery!.status).toBe("succeeded");
    }
    // The one that failed before `since` was left alone.
    expect((await deliveriesOf(before.body.id))[0]!.status).toBe("dead");
  });
});

describe("the deliveries list", () => {
  it("filters by connector and status, newest first, a page at a time", async () => {
    const type = await eventType();
    const receiver = await target((request) => ({ status: JSON.parse(request.body).n === 2 ? 500 : 200 }));
    const connector = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key], retrySchedule: [0] });
    const other = await subscribedConnector({ url: (await target()).url, subscribeTo: [type.key] });
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await publish(type.key, { n })).body.id);
    await eventually(
      () =>
        db().delivery.findMany({ where: { connectorId: { in: [connector.id, other.id] } }, select: { status: true } }),
      (rows) => rows.length === 6 && rows.every((row) => row.status === "succeeded" || row.status === "dead"),
    );
    const list = async (query: string) => {
      const response = await listDeliveriesRoute(
        apiRequest(`/api/v1/deliveries?${query}`, { headers: { authorization: viewer } }),
      );
      return (await response.json()) as {
        data: { connectorId: string; status: string; event: { id: string } }[];
        nextCursor: string | null;
      };
    };

    const first = await list(`connectorId=${connector.id}&status=succeeded&limit=1`);
    expect(first.data.map((row) => [row.event.id, row.status, row.connectorId])).toEqual([
      [ids[2], "succeeded", connector.id],
    ]);
    const second = await list(`connectorId=${connector.id}&status=succeeded&limit=1&cursor=${first.nextCursor}`);
    expect(second.data.map((row) => row.event.id)).toEqual([ids[0]]);
    const dead = await list(`connectorId=${connector.id}&status=dead`);
    expect(dead.data.map((row) => row.event.id)).toEqual([ids[1]]);
    const all = await list(`connectorId=${connector.id}`);
    expect(all.data.map((row) => row.event.id)).toEqual([ids[2], ids[1], ids[0]]);
  });
});

describe("deliveries a worker cannot send", () => {
  // A deleted connector's deliveries go with it (ON DELETE CASCADE); the worker's "Connector deleted" answer only
  // covers a delete between claim and send.
  it("cancels the pending deliveries of a connector disabled after the event was stored", async () => {
    const type = await eventType();
    const receiver = await target();
    const disabled = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key] });
    await worker.stop();
    try {
      const { body } = await publish(type.key, { n: 1 });
      expect(body.deliveries).toBe(1);
      await db().connector.update({
        where: { id: disabled.id },
        data: { enabled: false, disabledReason: "paused for maintenance" },
      });
    } finally {
      worker = await startWorker();
    }
    const row = await eventually(
      () => db().delivery.findFirst({ where: { connectorId: disabled.id } }),
      (delivery) => delivery?.status === "cancelled",
    );
    expect(row).toMatchObject({
      status: "cancelled",
      attemptCount: 0,
      lastErrorMessage: "Connector disabled: paused for maintenance",
    });
    expect(receiver.received).toHaveLength(0);
  });

  it("a connector deleted between claim and result: its delivery goes with it, and the worker keeps recording other results", async () => {
    const type = await eventType();
    // The receiver holds its answer until the connector is gone: the worker claimed the delivery, loaded the
    // connector and sent, and its result arrives for a delivery that no longer exists.
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const receiver = await target(async () => {
      await answered;
      return { status: 200 };
    });
    const connector = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key] });
    const { body } = await publish(type.key, { n: 1 });
    await receiver.waitForRequests(1);
    expect(await db().delivery.findFirst({ where: { eventId: body.id } })).toMatchObject({ status: "in_flight" });
    await db().connector.delete({ where: { id: connector.id } });
    answer();
    // Its deliveries go with it (ON DELETE CASCADE): nothing to record. The attempt the worker cannot write used to
    // fail its whole batch every 250 ms, forever, holding every later result of that worker with it.
    expect(await db().delivery.count({ where: { eventId: body.id } })).toBe(0);

    const otherType = await eventType();
    const other = await target();
    await subscribedConnector({ url: other.url, subscribeTo: [otherType.key] });
    const later = await publish(otherType.key, { n: 2 });
    const [delivery] = await eventually(
      () => deliveriesOf(later.body.id),
      (rows) => rows[0]?.status === "succeeded",
    );
    expect(delivery).toMatchObject({ status: "succeeded", attemptCount: 1 });
    expect(delivery!.attempts).toHaveLength(1);
    // Sent once: the vanished delivery is not retried.
    expect(receiver.received).toHaveLength(1);
  });

  it("records the attempt of a delivery another worker took over, and leaves its outcome to that worker", async () => {
    const type = await eventType();
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const receiver = await target(async () => {
      await answered;
      return { status: 200 };
    });
    await subscribedConnector({ url: receiver.url, subscribeTo: [type.key] });
    const { body } = await publish(type.key, { n: 1 });
    await receiver.waitForRequests(1);
    // As if the lease had lapsed mid-send and another worker had claimed the delivery (held far ahead, so no
    // worker in this test takes it back).
    await db().delivery.updateMany({
      where: { eventId: body.id },
      data: { lockedBy: "another-worker", lockedUntil: new Date(Date.now() + 3_600_000) },
    });
    answer();
    const [delivery] = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows[0]?.attempts.length === 1,
    );
    expect(delivery!.attempts[0]).toMatchObject({ number: 1, responseStatus: 200, succeeded: true });
    expect(delivery).toMatchObject({ status: "in_flight", lockedBy: "another-worker", completedAt: null });
  });

  it("ends a delivery that fails unexpectedly every time as dead with the reason, after a bounded number of tries", async () => {
    const type = await eventType();
    const receiver = await target();
    const connector = await subscribedConnector({ url: receiver.url, subscribeTo: [type.key] });
    // A signing secret that cannot be decrypted (a changed secret key): loading the connector throws every time.
    await db().connector.update({ where: { id: connector.id }, data: { signingSecretEnc: "not-a-ciphertext" } });
    const { body } = await publish(type.key, { n: 1 });
    const [delivery] = await eventually(
      () => deliveriesOf(body.id),
      (rows) => rows[0]?.status === "dead",
      15_000,
    );
    expect(delivery).toMatchObject({ status: "dead", attemptCount: 0, lastErrorCode: "internal_error", attempts: [] });
    expect(delivery!.lastErrorMessage).toMatch(/^Failed unexpectedly 3 times before sending; last error: /);
    expect(receiver.received).toHaveLength(0);
  });
});
