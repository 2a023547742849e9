// The Events page and API: every received request and published event, newest first, with filters.
import { z } from "zod";
import { notFound } from "../core/errors";
import { paginationSchema, toPage } from "../core/pagination";
import { SECRET_MASK } from "../crypto/secret-mask";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { deliveryListSelect } from "../delivery/list-deliveries";
import { exactBodyBytes } from "../inbound/received-body";

export const EVENT_SOURCES = ["api", "trigger", "app_webhook", "test"] as const;

export const listEventsSchema = z
  .object({
    source: z.enum(EVENT_SOURCES).optional(),
    type: z.string().max(256).optional(),
    triggerId: z.uuid().optional(),
    /** The App webhooks page links each webhook to its events with this (admins know the ids; viewers do not). */
    appWebhookId: z.uuid().optional(),
    /** accepted: answered 2xx (stored and acted on); refused: answered 4xx/5xx (bad key, bad body, …). */
    outcome: z.enum(["accepted", "refused"]).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .extend(paginationSchema.shape);

const eventListSelect = {
  id: true,
  source: true,
  type: true,
  triggerId: true,
  appWebhookId: true,
  method: true,
  contentType: true,
  sizeBytes: true,
  sourceIp: true,
  verification: true,
  responseStatus: true,
  receivedAt: true,
  trigger: { select: { id: true, name: true, slug: true } },
  _count: { select: { deliveries: true } },
} as const;

/** An app webhook's id is its trigger URL's credential: viewers see that an event came from one, not which. */
function maskAppWebhookId<T extends { appWebhookId: string | null }>(role: Role, event: T): T {
  return role === "admin" || event.appWebhookId === null ? event : { ...event, appWebhookId: SECRET_MASK };
}

export async function listEvents(workspaceId: string, query: z.infer<typeof listEventsSchema>, role: Role) {
  const rows = await db().event.findMany({
    where: {
      workspaceId,
      source: query.source,
      type: query.type,
      triggerId: query.triggerId,
      appWebhookId: query.appWebhookId,
      ...(query.outcome === "accepted" ? { responseStatus: { lt: 300 } } : {}),
      ...(query.outcome === "refused" ? { responseStatus: { gte: 300 } } : {}),
      receivedAt: { gte: query.from, lte: query.to },
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: eventListSelect,
  });
  return toPage(
    rows.map((row) => maskAppWebhookId(role, row)),
    query.limit,
  );
}

/**
 * One event with what came in and the deliveries it started. The body comes back exactly: `rawBodyBase64` holds
 * every byte, `rawBody` the same as text when it is UTF-8 text, `body` the parsed form unless `bodyRawOnly`.
 */
export async function getEvent(workspaceId: string, id: string, role: Role) {
  const event = await db().event.findFirst({
    where: { id, workspaceId },
    select: {
      ...eventListSelect,
      query: true,
      headers: true,
      rawBody: true,
      rawBytes: true,
      body: true,
      bodyRawOnly: true,
      idempotencyKey: true,
      responseBody: true,
      deliveries: { orderBy: { createdAt: "asc" }, select: deliveryListSelect },
    },
  });
  if (!event) throw notFound("Event");
  const { rawBytes, ...rest } = event;
  return maskAppWebhookId(role, {
    ...rest,
    rawBodyBase64: exactBodyBytes({ rawBody: event.rawBody, rawBytes })?.toString("base64") ?? null,
  });
}
