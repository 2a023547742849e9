// Events export: one row per event received, with its parsed body (JSON text in CSV) and its exact bytes (base64,
// for bodies that are not text or that jsonb could not hold).
import type { ExportEventsQuery } from "./schema";
import { exportResponse, streamRows } from "./stream-rows";

const COLUMNS = [
  "id",
  "receivedAt",
  "source",
  "type",
  "triggerId",
  "appWebhookId",
  "method",
  "contentType",
  "sizeBytes",
  "sourceIp",
  "verification",
  "responseStatus",
  "body",
  "rawBodyBase64",
] as const;

export function exportEvents(workspaceId: string, query: ExportEventsQuery): Response {
  const values: unknown[] = [workspaceId];
  const conditions = [`e."workspaceId" = $1`];
  if (query.from) {
    values.push(query.from);
    conditions.push(`e."receivedAt" >= $${values.length}`);
  }
  if (query.to) {
    values.push(query.to);
    conditions.push(`e."receivedAt" < $${values.length}`);
  }
  const stream = streamRows(
    {
      sql: (
        cursor,
      ) => `SELECT e.id, e."receivedAt", e.source, e.type, e."triggerId", e."appWebhookId", e.method, e."contentType",
          e."sizeBytes", e."sourceIp", e.verification, e."responseStatus", coalesce(e.body, to_jsonb(e."rawBody")) AS body,
          translate(encode(coalesce(e."rawBytes", convert_to(e."rawBody", 'UTF8')), 'base64'), chr(10), '') AS "rawBodyBase64"
        FROM "Event" e WHERE ${conditions.join(" AND ")} AND e.id > ${cursor}::uuid ORDER BY e.id`,
      values,
      columns: COLUMNS,
    },
    query.format,
  );
  return exportResponse(stream, "events", query.format);
}
