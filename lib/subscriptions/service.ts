// A connector's subscriptions: replaced as a whole set (what the connector form submits) in one transaction, and
// listed per connector or across the workspace.
import { AppError, notFound } from "../core/errors";
import { toPage } from "../core/pagination";
import { writeAudit } from "../audit/write-audit";
import type { Principal } from "../core/principal";
import { connectorTemplateWarnings } from "../connectors/template-warnings";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { ListSubscriptionsQuery, SubscriptionInput } from "./schema";

const subscriptionSelect = {
  id: true,
  connectorId: true,
  eventTypeId: true,
  filter: true,
  createdAt: true,
  eventType: { select: { id: true, key: true, code: true, archivedAt: true } },
  connector: { select: { id: true, name: true, enabled: true } },
} as const;

export async function listConnectorSubscriptions(workspaceId: string, connectorId: string) {
  const connector = await db().connector.findFirst({ where: { id: connectorId, workspaceId }, select: { id: true } });
  if (!connector) throw notFound("Connector");
  const data = await db().subscription.findMany({
    where: { connectorId },
    orderBy: { eventType: { key: "asc" } },
    select: subscriptionSelect,
  });
  return { data };
}

export async function listSubscriptions(workspaceId: string, query: ListSubscriptionsQuery) {
  const rows = await db().subscription.findMany({
    where: {
      connector: { workspaceId },
      ...(query.connectorId ? { connectorId: query.connectorId } : {}),
      ...(query.eventTypeId ? { eventTypeId: query.eventTypeId } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: subscriptionSelect,
  });
  return toPage(rows, query.limit);
}

/**
 * Makes the connector's subscriptions exactly `items`: missing ones are removed, new ones added, filters updated.
 * The connector row is locked first so that two concurrent saves apply one after the other instead of mixing.
 */
export async function setConnectorSubscriptions(
  actor: Principal,
  connectorId: string,
  items: SubscriptionInput[],
  ip: string | null,
) {
  const workspaceId = actor.workspaceId;
  const change = await db().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Connector" WHERE "id" = ${connectorId}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound("Connector");

    const wanted = items.map((item) => item.eventTypeId);
    const [eventTypes, current] = await Promise.all([
      tx.eventType.findMany({
        where: { workspaceId, id: { in: wanted } },
        select: { id: true, key: true, archivedAt: true },
      }),
      tx.subscription.findMany({
        where: { connectorId },
        select: { eventTypeId: true, eventType: { select: { key: true } } },
      }),
    ]);
    const currentIds = new Set(current.map((subscription) => subscription.eventTypeId));
    // An archived type may stay subscribed (saving the form unchanged must work) but takes no new subscribers.
    const issues = items.flatMap((item, index) => {
      const eventType = eventTypes.find((candidate) => candidate.id === item.eventTypeId);
      if (!eventType) return [{ path: `subscriptions.${index}.eventTypeId`, message: "No such event type" }];
      if (eventType.archivedAt && !currentIds.has(item.eventTypeId)) {
        return [{ path: `subscriptions.${index}.eventTypeId`, message: `Event type ${eventType.key} is archived` }];
      }
      return [];
    });
    if (issues.length > 0)
      throw new AppError("validation_failed", `Invalid request body: ${issues[0]!.message}`, issues);

    await tx.subscription.deleteMany({ where: { connectorId, eventTypeId: { notIn: wanted } } });
    for (const item of items) {
      const filter = item.filter ? (item.filter as Prisma.InputJsonObject) : Prisma.DbNull;
      await tx.subscription.upsert({
        where: { connectorId_eventTypeId: { connectorId, eventTypeId: item.eventTypeId } },
        create: { connectorId, eventTypeId: item.eventTypeId, filter },
        update: { filter },
      });
    }
    const keyOf = (id: string) => eventTypes.find((eventType) => eventType.id === id)?.key ?? id;
    return {
      added: wanted.filter((id) => !currentIds.has(id)).map(keyOf),
      removed: current.filter((subscription) => !wanted.includes(subscription.eventTypeId)).map((s) => s.eventType.key),
    };
  });
  await writeAudit(actor, {
    action: "connector.subscriptions_updated",
    targetType: "connector",
    targetId: connectorId,
    diff: { ...change, filters: items.filter((item) => item.filter).length },
    ip,
  });
  // Saved either way; the warnings say which subscribed samples the connector's templates cannot render.
  const [list, warnings] = await Promise.all([
    listConnectorSubscriptions(workspaceId, connectorId),
    connectorTemplateWarnings(workspaceId, connectorId),
  ]);
  return { ...list, warnings };
}
