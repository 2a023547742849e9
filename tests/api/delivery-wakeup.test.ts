// Two promises of the delivery worker that polling would hide: a new delivery wakes an idle worker through
// LISTEN/NOTIFY (the worker here polls only every 30 s, so nothing else could find it in time), and a live worker
// renews the lease of a slow send, so a short lease does not let a second worker send it again; and when a claim did
// pass to another worker mid-send, the first one's result does not overwrite the new holder's.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { closePool } from "@/lib/db/pool";
import { startDeliveryWorker, type RunningWorker } from "@/lib/delivery/worker";
import { publishEvent } from "@/lib/events/publish-event";
import { defaultWorkspaceId } from "@/lib/workspaces/default-workspace";
import { eventType, eventually, subscribedConnector } from "../support/delivery-fixtures";
import { startHttpTarget, type HttpTarget } from "../support/http-target";
import { useIsolatedDatabase } from "../support/isolated-database";

const POLL_MS = 30_000;
let workers: RunningWorker[] = [];
const targets: HttpTarget[] = [];

beforeAll(async () => {
  await useIsolatedDatabase("wakeup");
});

afterEach(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  workers = [];
});

afterAll(async () => {
  await Promise.all(targets.map((target) => target.close()));
  await closePool();
  await disconnectDb();
});

async function subscribedTarget(delayMs = 0) {
  const target = await startHttpTarget(() => ({ status: 200, body: "ok", delayMs }));
  targets.push(target);
  const type = await eventType();
  const connector = await subscribedConnector({ url: target.url, subscribeTo: [type.key] });
  return { target, type, connector };
}

const publish = async (type: string) => publishEvent(await defaultWorkspaceId(), { type, payload: { at: Date.now() } });

describe("delivery worker", () => {
  it("is woken by NOTIFY: a delivery arrives long before the next poll", async () => {
    const { target, type } = await subscribedTarget();
    workers.push(await startDeliveryWorker({ leaseMs: 10_000, pollIntervalMs: POLL_MS }));
    // The first may be found by the worker's first claim at start; after it the worker sleeps for POLL_MS.
    await publish(type.key);
    await target.waitForRequests(1, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const publishedAt = Date.now();
    await publish(type.key);
    const [, second] = await target.waitForRequests(2, POLL_MS / 3);
    expect(second!.receivedAt - publishedAt).toBeLessThan(POLL_MS / 3);
  });

  it("renews the lease of a slow send: with a 2 s lease and a 5 s receiver, a second worker never sends it again", async () => {
    const { target, type, connector } = await subscribedTarget(5_000);
    workers.push(
      await startDeliveryWorker({ leaseMs: 2_000, pollIntervalMs: 100 }),
      await startDeliveryWorker({ leaseMs: 2_000, pollIntervalMs: 100 }),
    );
    await Promise.all([publish(type.key), publish(type.key), publish(type.key)]);
    const deliveries = await eventually(
      () =>
        db().delivery.findMany({ where: { connectorId: connector.id }, select: { status: true, attemptCount: true } }),
      (rows) => rows.length === 3 && rows.every((row) => row.status === "succeeded"),
      25_000,
    );
    expect(deliveries.map((row) => row.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    expect(deliveries.map((row) => row.attemptCount)).toEqual([1, 1, 1]);
    expect(target.received).toHaveLength(3);
    const attempts = await db().deliveryAttempt.count({ where: { delivery: { connectorId: connector.id } } });
    expect(attempts).toBe(3);
  }, 40_000);

  it("a worker whose claim passed to another mid-send writes no outcome over it; its attempt is still recorded", async () => {
    const { target, type, connector } = await subscribedTarget(1_500);
    const worker = await startDeliveryWorker({ leaseMs: 5_000, pollIntervalMs: 100 });
    workers.push(worker);
    await publish(type.key);
    await target.waitForRequests(1);
    // While it waits for the receiver, the row is claimed by someone else: what happens when a lease lapsed (its
    // renewals failed) and another worker took the delivery over.
    await db().delivery.updateMany({
      where: { connectorId: connector.id },
      data: { lockedBy: "another-worker", lockedUntil: new Date(Date.now() + 60_000) },
    });
    // Stopping waits for the send to end and its result to be written (or, here, refused by the lockedBy guard).
    await worker.stop();
    workers = [];
    const delivery = await db().delivery.findFirstOrThrow({
      where: { connectorId: connector.id },
      include: { attempts: true },
    });
    // As the new holder left it: not marked succeeded by the first worker's answer (attemptCount is the claim's).
    expect(delivery).toMatchObject({
      status: "in_flight",
      lockedBy: "another-worker",
      lastStatus: null,
      completedAt: null,
    });
    expect(delivery.attempts.map((attempt) => [attempt.number, attempt.succeeded])).toEqual([[1, true]]);
    expect(target.received).toHaveLength(1);
  }, 20_000);
});
