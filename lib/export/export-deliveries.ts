// Deliveries export: one row per delivery with its connector's name and its event's type.
import type { ExportDeliveriesQuery } from "./schema";
import { exportResponse, streamRows } from "./stream-rows";

const COLUMNS = [
  "id",
  "createdAt",
  "completedAt",
  "status",
  "kind",
  "connectorId",
  "connectorName",
  "eventId",
  "eventType",
  "attemptCount",
  "lastStatus",
  "lastErrorCode",
  "lastErrorMessage",
  "messageId",
] as const;

export function exportDeliveries(workspaceId: string, query: ExportDeliveriesQuery): Response {
  const values: unknown[] = [workspaceId];
  const conditions = [`d."workspaceId" = $1`];
  const add = (condition: (param: string) => string, value: unknown) => {
    values.push(value);
    conditions.push(condition(`$${values.length}`));
  };
  if (query.from) add((p) => `d."createdAt" >= ${p}`, query.from);
  if (query.to) add((p) => `d."createdAt" < ${p}`, query.to);
  if (query.status) add((p) => `d.status = ${p}::"DeliveryStatus"`, query.status);
  if (query.connectorId) add((p) => `d."connectorId" = ${p}::uuid`, query.connectorId);
  const stream = streamRows(
    {
      sql: (
        cursor,
      ) => `SELECT d.id, d."createdAt", d."completedAt", d.status, d.kind, d."connectorId", c.name AS "connectorName",
          d."eventId", e.type AS "eventType", d."attemptCount", d."lastStatus", d."lastErrorCode", d."lastErrorMessage", d."messageId"
        FROM "Delivery" d JOIN "Connector" c ON c.id = d."connectorId" LEFT JOIN "Event" e ON e.id = d."eventId"
        WHERE ${conditions.join(" AND ")} AND d.id > ${cursor}::uuid ORDER BY d.id`,
      values,
      columns: COLUMNS,
    },
    query.format,
  );
  return exportResponse(stream, "deliveries", query.format);
}
