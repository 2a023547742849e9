// The audit log as admins read it: filters by actor, action, target and time, cursor pages newest first, and a
// CSV export streamed page by page so a long history never sits in memory at once.
import { z } from "zod";
import { storableDateSchema } from "../core/dates";
import { paginationSchema, toPage } from "../core/pagination";
import { db } from "../db";
import { csvCell } from "../export/csv-cell";
import type { Prisma } from "../generated/prisma/client";

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(200).optional().describe("Part of the actor's label (email or token name), or its id"),
  action: z.string().trim().max(100).optional().describe("Exact action, or a prefix ending in '.' (connector.)"),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(64).optional(),
  from: storableDateSchema().optional(),
  to: storableDateSchema().optional(),
});
export const listAuditSchema = auditFilterSchema.extend(paginationSchema.shape).extend({
  format: z.enum(["json", "csv"]).default("json"),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

const select = {
  id: true,
  actorType: true,
  actorId: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  diff: true,
  ip: true,
  createdAt: true,
} as const;

function where(workspaceId: string, filter: AuditFilter): Prisma.AuditLogWhereInput {
  const actorIsId = filter.actor && z.uuid().safeParse(filter.actor).success;
  return {
    workspaceId,
    ...(filter.actor
      ? actorIsId
        ? { actorId: filter.actor }
        : { actorLabel: { contains: filter.actor, mode: "insensitive" } }
      : {}),
    ...(filter.action
      ? filter.action.endsWith(".")
        ? { action: { startsWith: filter.action } }
        : { action: filter.action }
      : {}),
    targetType: filter.targetType,
    targetId: filter.targetId,
    createdAt: { gte: filter.from, lte: filter.to },
  };
}

export async function listAudit(workspaceId: string, query: z.infer<typeof listAuditSchema>) {
  const rows = await db().auditLog.findMany({
    where: { ...where(workspaceId, query), ...(query.cursor ? { id: { lt: query.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select,
  });
  return toPage(rows, query.limit);
}

const CSV_COLUMNS = [
  "createdAt",
  "actorType",
  "actorLabel",
  "actorId",
  "action",
  "targetType",
  "targetId",
  "ip",
  "diff",
] as const;

/** CSV of every matching entry, newest first, read 1,000 at a time by cursor. */
export function streamAuditCsv(workspaceId: string, filter: AuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let headerSent = false;
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(CSV_COLUMNS.join(",") + "\r\n"));
      }
      const rows = await db().auditLog.findMany({
        where: { ...where(workspaceId, filter), ...(cursor ? { id: { lt: cursor } } : {}) },
        orderBy: { id: "desc" },
        take: 1000,
        select,
      });
      if (rows.length === 0) return controller.close();
      cursor = rows.at(-1)!.id;
      controller.enqueue(
        encoder.encode(
          rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(",") + "\r\n").join(""),
        ),
      );
    },
  });
}

/** An entry as GET /api/v1/audit-log answers it (format=json; csv has the same columns). */
export const auditEntrySchema = z
  .object({
    id: z.uuid(),
    actorType: z.enum(["user", "token", "system"]),
    actorId: z.string().nullable(),
    actorLabel: z.string().describe("The actor's email or token name as it was then"),
    action: z.string().describe("What happened, past tense: connector.created, auth.signed_in, …"),
    targetType: z.string(),
    targetId: z.string().nullable(),
    diff: z.unknown().describe("What changed (secrets masked), or context"),
    ip: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "AuditEntry" });

export const auditPageSchema = z
  .object({
    data: z.array(auditEntrySchema).describe("Newest first"),
    nextCursor: z.uuid().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
  })
  .meta({ id: "AuditPage" });
