// The Events page and API: every received request and published event, newest first, with filters and a search
// (lib/search). The matching ids come from one SQL query shaped for the search indexes; Prisma then reads the rows.
import { z } from "zod";
import { storableDateSchema } from "../core/dates";
import { notFound } from "../core/errors";
import { paginationSchema, toPage } from "../core/pagination";
import { SECRET_MASK } from "../crypto/secret-mask";
import { db } from "../db";
import { readDb } from "../db/read";
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { deliveryListSelect } from "../delivery/list-deliveries";
import { exactBodyBytes } from "../inbound/received-body";
import { requireSearch, searchError, type SearchQuery } from "../search/parse-search";
import { searchTextSchema } from "../search/schema";
import { connectorIdsSql, eventContentConditions, triggerIdsSql, whereSql } from "../search/search-sql";

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
    from: storableDateSchema().optional(),
    to: storableDateSchema().optional(),
    q: searchTextSchema.optional(),
  })
  .extend(paginationSchema.shape);
export type ListEventsQuery = z.infer<typeof listEventsSchema>;

/** The start of the body each row shows, so sixty `order.paid · 51 B` rows can be told apart. */
export const EXCERPT_LENGTH = 160;

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

function statusCondition(status: string): Prisma.Sql {
  if (status === "accepted") return Prisma.sql`e."responseStatus" < 300`;
  if (status === "refused") return Prisma.sql`e."responseStatus" >= 300`;
  if (/^[1-5]\d\d$/.test(status)) return Prisma.sql`e."responseStatus" = ${Number(status)}`;
  throw searchError("status: expects accepted, refused or an HTTP status such as 401 for events");
}

function searchConditions(workspaceId: string, search: SearchQuery): Prisma.Sql[] {
  const { id, status, source, type, connector, trigger } = search.qualifiers;
  const webhookId = search.qualifiers["webhook-id"];
  const conditions = eventContentConditions(search);
  if (id) conditions.push(Prisma.sql`e.id = ${id}::uuid`);
  if (webhookId) {
    // Either it came in with that webhook-id, or it went out under it: one indexed lookup each, as one semi-join.
    conditions.push(Prisma.sql`e.id IN (
      SELECT h.id FROM "Event" h WHERE h.headers @> ${JSON.stringify({ "webhook-id": webhookId })}::jsonb
      UNION ALL SELECT d."eventId" FROM "Delivery" d WHERE d."messageId" = ${webhookId})`);
  }
  if (status) conditions.push(statusCondition(status));
  // The parser has checked it is a source.
  if (source) conditions.push(Prisma.sql`e.source = ${source}::"EventSource"`);
  if (type) conditions.push(Prisma.sql`e.type = ${type}`);
  if (trigger) conditions.push(Prisma.sql`e."triggerId" IN ${triggerIdsSql(workspaceId, trigger)}`);
  if (connector) {
    conditions.push(Prisma.sql`e.id IN (SELECT d."eventId" FROM "Delivery" d
      WHERE d."connectorId" IN ${connectorIdsSql(workspaceId, connector)})`);
  }
  if (search.after) conditions.push(Prisma.sql`e."receivedAt" >= ${search.after}`);
  if (search.before) conditions.push(Prisma.sql`e."receivedAt" <= ${search.before}`);
  return conditions;
}

function conditionsOf(workspaceId: string, query: ListEventsQuery): Prisma.Sql[] {
  const conditions = [Prisma.sql`e."workspaceId" = ${workspaceId}::uuid`];
  if (query.source) conditions.push(Prisma.sql`e.source = ${query.source}::"EventSource"`);
  if (query.type) conditions.push(Prisma.sql`e.type = ${query.type}`);
  if (query.triggerId) conditions.push(Prisma.sql`e."triggerId" = ${query.triggerId}::uuid`);
  if (query.appWebhookId) conditions.push(Prisma.sql`e."appWebhookId" = ${query.appWebhookId}::uuid`);
  if (query.outcome) conditions.push(statusCondition(query.outcome));
  if (query.from) conditions.push(Prisma.sql`e."receivedAt" >= ${query.from}`);
  if (query.to) conditions.push(Prisma.sql`e."receivedAt" <= ${query.to}`);
  if (query.cursor) conditions.push(Prisma.sql`e.id < ${query.cursor}::uuid`);
  const search = requireSearch(query.q);
  return search ? [...conditions, ...searchConditions(workspaceId, search)] : conditions;
}

/** The page's ids and excerpts as one query (exported for bench/search.ts, which EXPLAINs it). */
export function eventPageSql(workspaceId: string, query: ListEventsQuery): Prisma.Sql {
  // Deliveries are counted for the page's rows only, one eventId index probe each, once the page is cut.
  return Prisma.sql`
    SELECT page.id, page.excerpt,
      (SELECT count(*)::int FROM "Delivery" d WHERE d."eventId" = page.id) AS deliveries
    FROM (
      SELECT e.id, left(e."rawBody", ${EXCERPT_LENGTH}) AS excerpt FROM "Event" e
      WHERE ${whereSql(conditionsOf(workspaceId, query))}
      ORDER BY e.id DESC LIMIT ${query.limit + 1}
    ) page
    ORDER BY page.id DESC`;
}

export async function listEvents(workspaceId: string, query: ListEventsQuery, role: Role) {
  const matches = await readDb().$queryRaw<{ id: string; excerpt: string | null; deliveries: number }[]>(
    eventPageSql(workspaceId, query),
  );
  // Prisma's _count aggregates the whole Delivery table before joining it, on every page (bench/search.ts).
  const { _count: _ignored, ...listSelect } = eventListSelect;
  const rows = await readDb().event.findMany({
    where: { id: { in: matches.map((match) => match.id) } },
    select: listSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // A row deleted between the two reads (retention) is simply left out.
  const ordered = matches.flatMap((match) => {
    const row = byId.get(match.id);
    return row
      ? [{ ...maskAppWebhookId(role, row), _count: { deliveries: match.deliveries }, excerpt: match.excerpt }]
      : [];
  });
  return toPage(ordered, query.limit);
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
