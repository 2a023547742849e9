// Event types of a workspace: create, list, read, update, archive, and the CRM catalogue import. Archiving hides a
// type from pickers and new subscriptions but keeps existing subscriptions delivering: publishers may still send it.
import { notFound } from "../core/errors";
import { toPage } from "../core/pagination";
import { writeAudit } from "../audit/write-audit";
import type { Principal } from "../core/principal";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { CRM_CATALOGUE } from "./crm-catalogue";
import type { CreateEventTypeInput, ListEventTypesQuery, UpdateEventTypeInput } from "./schema";

const eventTypeSelect = {
  id: true,
  key: true,
  code: true,
  description: true,
  samplePayload: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { subscriptions: true } },
} as const;

type EventTypeRow = Prisma.EventTypeGetPayload<{ select: typeof eventTypeSelect }>;

function toView({ _count, ...eventType }: EventTypeRow) {
  return { ...eventType, subscriptionCount: _count.subscriptions };
}
export type EventTypeView = ReturnType<typeof toView>;

/** A nullable Json column takes DbNull, not null, to mean "no value". */
const jsonOrDbNull = (value: Prisma.InputJsonValue | null | undefined) =>
  value === null ? Prisma.DbNull : (value ?? undefined);

export async function createEventType(actor: Principal, input: CreateEventTypeInput, ip: string | null) {
  const created = await db().eventType.create({
    data: {
      workspaceId: actor.workspaceId,
      key: input.key,
      code: input.code ?? null,
      description: input.description,
      samplePayload: jsonOrDbNull(input.samplePayload as Prisma.InputJsonValue | null | undefined),
    },
    select: eventTypeSelect,
  });
  await writeAudit(actor, {
    action: "event_type.created",
    targetType: "event_type",
    targetId: created.id,
    diff: { key: created.key, code: created.code, description: created.description },
    ip,
  });
  return toView(created);
}

export async function listEventTypes(workspaceId: string, query: ListEventTypesQuery) {
  const where: Prisma.EventTypeWhereInput = { workspaceId };
  if (!query.includeArchived) where.archivedAt = null;
  if (query.search) {
    const code = /^\d{1,9}$/.test(query.search) ? Number(query.search) : undefined;
    where.OR = [
      { key: { contains: query.search, mode: "insensitive" } },
      { description: { contains: query.search, mode: "insensitive" } },
      ...(code === undefined ? [] : [{ code }]),
    ];
  }
  // Keys are unique per workspace, so ordering by key alone is stable and the id of the last row is a valid cursor.
  const rows = await db().eventType.findMany({
    where,
    orderBy: { key: "asc" },
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: eventTypeSelect,
  });
  return toPage(rows.map(toView), query.limit);
}

export async function getEventType(workspaceId: string, id: string) {
  const eventType = await db().eventType.findFirst({ where: { id, workspaceId }, select: eventTypeSelect });
  if (!eventType) throw notFound("Event type");
  return toView(eventType);
}

export async function updateEventType(actor: Principal, id: string, input: UpdateEventTypeInput, ip: string | null) {
  const { archived, ...fields } = input;
  const data: Prisma.EventTypeUpdateManyMutationInput = {
    key: fields.key,
    code: fields.code,
    description: fields.description,
    samplePayload: jsonOrDbNull(fields.samplePayload as Prisma.InputJsonValue | null | undefined),
  };
  if (archived !== undefined) data.archivedAt = archived ? new Date() : null;
  const result = await db().eventType.updateMany({ where: { id, workspaceId: actor.workspaceId }, data });
  if (result.count === 0) throw notFound("Event type");
  await writeAudit(actor, {
    action: archived === undefined ? "event_type.updated" : archived ? "event_type.archived" : "event_type.unarchived",
    targetType: "event_type",
    targetId: id,
    // The sample payload can be large and is not a setting worth diffing: record that it changed, not its body.
    diff: { ...fields, samplePayload: fields.samplePayload === undefined ? undefined : "changed", archived },
    ip,
  });
  return getEventType(actor.workspaceId, id);
}

export const archiveEventType = (actor: Principal, id: string, ip: string | null) =>
  updateEventType(actor, id, { archived: true }, ip);

export const unarchiveEventType = (actor: Principal, id: string, ip: string | null) =>
  updateEventType(actor, id, { archived: false }, ip);

/**
 * Adds the CRM catalogue. Idempotent and safe under concurrent calls: ON CONFLICT DO NOTHING skips an entry whose
 * key or code the workspace already uses (whoever defined it first keeps it).
 */
export async function importCatalogue(workspaceId: string, actor: Principal | null = null, ip: string | null = null) {
  const { count } = await db().eventType.createMany({
    data: CRM_CATALOGUE.map((entry) => ({
      workspaceId,
      key: entry.key,
      code: entry.code,
      description: entry.description,
      samplePayload: entry.samplePayload as Prisma.InputJsonObject,
    })),
    skipDuplicates: true,
  });
  if (count > 0) {
    await writeAudit(
      actor,
      { action: "event_type.catalogue_imported", targetType: "event_type", diff: { created: count }, ip },
      workspaceId,
    );
  }
  const eventTypes = await db().eventType.findMany({
    where: { workspaceId, code: { in: CRM_CATALOGUE.map((entry) => entry.code) } },
    orderBy: { code: "asc" },
    select: eventTypeSelect,
  });
  return { created: count, data: eventTypes.map(toView) };
}
