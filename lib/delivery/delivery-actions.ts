// What an administrator can do to deliveries: retry one now, cancel one, recover every failed/dead delivery
// of a connector since a time (after fixing the receiver), or retry / cancel everything the list's filter and
// search match. Each wakes the workers.
import type { z } from "zod";
import { AppError, notFound } from "../core/errors";
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import { DELIVERY_CHANNEL } from "../db/channels";
import { Prisma } from "../generated/prisma/client";
import { whereSql } from "../search/search-sql";
import { MAX_BULK_DELIVERIES, type BulkDeliveryActionInput } from "./bulk-schema";
import { deliveryConditions } from "./list-deliveries";
import { recoverSchema } from "./recover-schema";

const RETRYABLE = ["failed", "dead", "cancelled", "succeeded", "template_error"] as const;
const CANCELLABLE = ["pending", "failed"] as const;

async function wakeWorkers() {
  await db().$executeRaw`SELECT pg_notify(${DELIVERY_CHANNEL}, '')`;
}

/** Sends the delivery again now, with one more attempt allowed beyond those already made. */
export async function retryDelivery(actor: Principal, id: string, ip: string | null = null) {
  const workspaceId = actor.workspaceId;
  const delivery = await db().delivery.findFirst({
    where: { id, workspaceId },
    select: { status: true, attemptCount: true, maxAttempts: true },
  });
  if (!delivery) throw notFound("Delivery");
  if (!(RETRYABLE as readonly string[]).includes(delivery.status)) {
    throw new AppError(
      "conflict",
      `A ${delivery.status.replace("_", " ")} delivery is already queued: wait for it to finish`,
    );
  }
  const updated = await db().delivery.updateMany({
    where: { id, workspaceId, status: { in: [...RETRYABLE] } },
    data: {
      status: "pending",
      nextAttemptAt: new Date(),
      completedAt: null,
      rateSlotAt: null,
      maxAttempts: Math.max(delivery.maxAttempts, delivery.attemptCount + 1),
    },
  });
  if (updated.count === 0) throw new AppError("conflict", "The delivery changed meanwhile: reload and try again");
  await wakeWorkers();
  await writeAudit(actor, { action: "delivery.retried", targetType: "delivery", targetId: id, ip });
  return { id, status: "pending" as const };
}

export async function cancelDelivery(actor: Principal, id: string, ip: string | null = null) {
  const workspaceId = actor.workspaceId;
  const updated = await db().delivery.updateMany({
    where: { id, workspaceId, status: { in: [...CANCELLABLE] } },
    data: {
      status: "cancelled",
      nextAttemptAt: null,
      completedAt: new Date(),
      lastErrorMessage: "Cancelled by an administrator",
    },
  });
  if (updated.count === 0) {
    const exists = await db().delivery.findFirst({ where: { id, workspaceId }, select: { status: true } });
    if (!exists) throw notFound("Delivery");
    // Cancellable by now: it was being sent when the update looked (a worker held it) and has finished since.
    if ((CANCELLABLE as readonly string[]).includes(exists.status)) {
      throw new AppError(
        "conflict",
        `The delivery was being sent at that moment and is ${exists.status} now: try again`,
      );
    }
    throw new AppError(
      "conflict",
      `Only pending or failed deliveries can be cancelled; this one is ${exists.status.replace("_", " ")}`,
    );
  }
  await writeAudit(actor, { action: "delivery.cancelled", targetType: "delivery", targetId: id, ip });
  return { id, status: "cancelled" as const };
}

export { recoverSchema };

/** Requeues every failed, dead or unrenderable (template_error) delivery of the connector created since `since`; returns how many. */
export async function recoverDeliveries(
  actor: Principal,
  input: z.infer<typeof recoverSchema>,
  ip: string | null = null,
) {
  const workspaceId = actor.workspaceId;
  const connector = await db().connector.findFirst({
    where: { id: input.connectorId, workspaceId },
    select: { id: true },
  });
  if (!connector) throw notFound("Connector");
  const count = await db().$executeRaw`
    UPDATE "Delivery" SET "status" = 'pending', "nextAttemptAt" = now(), "completedAt" = NULL, "rateSlotAt" = NULL,
      "maxAttempts" = GREATEST("maxAttempts", "attemptCount" + 1), "updatedAt" = now()
    WHERE "workspaceId" = ${workspaceId}::uuid AND "connectorId" = ${input.connectorId}::uuid
      AND "status" IN ('failed', 'dead', 'template_error') AND "createdAt" >= ${input.since}`;
  if (count > 0) await wakeWorkers();
  await writeAudit(actor, {
    action: "delivery.recovered",
    targetType: "connector",
    targetId: input.connectorId,
    diff: { since: input.since.toISOString(), recovered: count },
    ip,
  });
  return { recovered: count };
}

/**
 * Retrying in bulk leaves succeeded deliveries alone (sending them again is a deliberate, one-by-one act) and the
 * ones already queued or in flight; cancelling takes what cancelDelivery takes.
 */
const BULK_STATUSES = {
  retry: ["failed", "dead", "cancelled", "template_error"],
  cancel: [...CANCELLABLE],
} as const;

const BULK_UPDATES = {
  retry: Prisma.sql`"status" = 'pending', "nextAttemptAt" = now(), "completedAt" = NULL, "rateSlotAt" = NULL,
    "maxAttempts" = GREATEST("maxAttempts", "attemptCount" + 1), "updatedAt" = now()`,
  cancel: Prisma.sql`"status" = 'cancelled', "nextAttemptAt" = NULL, "completedAt" = now(),
    "lastErrorMessage" = 'Cancelled by an administrator', "updatedAt" = now()`,
};

/**
 * Retries or cancels every delivery the filter and search match (those the action applies to), or with `dryRun`
 * counts them. Refuses more than MAX_BULK_DELIVERIES at once, saying how many matched.
 */
export async function bulkDeliveryAction(actor: Principal, input: BulkDeliveryActionInput, ip: string | null = null) {
  const statuses = BULK_STATUSES[input.action];
  const matching = Prisma.sql`
    SELECT d.id FROM "Delivery" d LEFT JOIN "Event" e ON e.id = d."eventId"
    WHERE ${whereSql(deliveryConditions(actor.workspaceId, input.filter))}
      AND d.status::text IN (${Prisma.join([...statuses])})`;
  const [{ count }] = await db().$queryRaw<[{ count: number }]>`SELECT count(*)::int AS count FROM (${matching}) m`;
  if (input.dryRun) return { action: input.action, dryRun: true, count };
  if (count > MAX_BULK_DELIVERIES) {
    throw new AppError(
      "validation_failed",
      `${count.toLocaleString("en")} deliveries match; narrow the filter or search to ${MAX_BULK_DELIVERIES.toLocaleString("en")} or fewer`,
      [{ path: "filter", message: `more than ${MAX_BULK_DELIVERIES} deliveries match` }],
    );
  }
  // The status is checked again on the row itself: a worker may have moved it since the count.
  const changed = await db().$executeRaw`
    UPDATE "Delivery" SET ${BULK_UPDATES[input.action]}
    WHERE id IN (${matching}) AND "workspaceId" = ${actor.workspaceId}::uuid
      AND status::text IN (${Prisma.join([...statuses])})`;
  if (input.action === "retry" && changed > 0) await wakeWorkers();
  await writeAudit(actor, {
    action: input.action === "retry" ? "delivery.bulk_retried" : "delivery.bulk_cancelled",
    targetType: "delivery",
    targetId: null,
    diff: { filter: JSON.parse(JSON.stringify(input.filter)), changed },
    ip,
  });
  return { action: input.action, dryRun: false, count: changed };
}
