// The Deliveries page and API: filters by status, connector, event type, time range and event id.
import { z } from "zod";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { paginationSchema, toPage } from "../core/pagination";

export const DELIVERY_STATUSES = [
  "pending",
  "in_flight",
  "succeeded",
  "failed",
  "dead",
  "cancelled",
  "template_error",
] as const;
export const DELIVERY_KINDS = ["event", "trigger_action", "test", "manual"] as const;

export const deliveryFilterSchema = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  kind: z.enum(DELIVERY_KINDS).optional(),
  connectorId: z.uuid().optional(),
  eventType: z.string().max(256).optional(),
  eventId: z.string().trim().max(64).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});
export const listDeliveriesSchema = deliveryFilterSchema.extend(paginationSchema.shape);
export type DeliveryFilter = z.infer<typeof deliveryFilterSchema>;

export const deliveryListSelect = {
  id: true,
  kind: true,
  status: true,
  messageId: true,
  attemptCount: true,
  maxAttempts: true,
  nextAttemptAt: true,
  lastStatus: true,
  lastErrorCode: true,
  lastErrorMessage: true,
  completedAt: true,
  createdAt: true,
  updatedAt: true,
  eventId: true,
  connectorId: true,
  connector: { select: { id: true, name: true, url: true, method: true } },
  event: { select: { id: true, type: true, source: true, receivedAt: true, trigger: { select: { name: true } } } },
} as const;

function where(workspaceId: string, filter: DeliveryFilter): Prisma.DeliveryWhereInput {
  const eventId = filter.eventId && z.uuid().safeParse(filter.eventId).success ? filter.eventId : undefined;
  return {
    workspaceId,
    status: filter.status,
    kind: filter.kind,
    connectorId: filter.connectorId,
    ...(filter.eventType ? { event: { type: filter.eventType } } : {}),
    // A free-text event id that is not a whole UUID matches nothing rather than everything.
    ...(filter.eventId ? { eventId: eventId ?? "00000000-0000-0000-0000-000000000000" } : {}),
    createdAt: { gte: filter.from, lte: filter.to },
  };
}

export async function listDeliveries(workspaceId: string, query: z.infer<typeof listDeliveriesSchema>) {
  const rows = await db().delivery.findMany({
    where: { ...where(workspaceId, query), ...(query.cursor ? { id: { lt: query.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: deliveryListSelect,
  });
  return toPage(rows, query.limit);
}

/** Counts per status for the same filter (status itself aside), for the page's live tiles. */
export async function countDeliveriesByStatus(workspaceId: string, filter: DeliveryFilter) {
  const groups = await db().delivery.groupBy({
    by: ["status"],
    where: where(workspaceId, { ...filter, status: undefined }),
    _count: { _all: true },
  });
  const counts = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as Record<
    (typeof DELIVERY_STATUSES)[number],
    number
  >;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
