// Export filters: a time range (and, for deliveries, status and connector) and the file format.
import { z } from "zod";
import { storableDateSchema } from "../core/dates";

const exportBaseSchema = z.object({
  format: z
    .enum(["csv", "json", "ndjson"])
    .default("csv")
    .describe("csv, a JSON array, or NDJSON (one object per line)"),
  from: storableDateSchema().optional().describe("Inclusive start (ISO 8601)"),
  to: storableDateSchema().optional().describe("Exclusive end (ISO 8601)"),
});

export const exportDeliveriesSchema = exportBaseSchema.extend({
  status: z.enum(["pending", "in_flight", "succeeded", "failed", "dead", "cancelled", "template_error"]).optional(),
  connectorId: z.uuid().optional(),
});
export const exportEventsSchema = exportBaseSchema;

export type ExportDeliveriesQuery = z.infer<typeof exportDeliveriesSchema>;
export type ExportEventsQuery = z.infer<typeof exportEventsSchema>;
export type ExportFormat = ExportDeliveriesQuery["format"];

// The rows of the files (lib/export/export-events.ts, export-deliveries.ts), as format=json writes them; csv and
// ndjson carry the same columns in the same order.
const isoTime = z.iso.datetime({ offset: true });
export const exportedEventsSchema = z
  .array(
    z.object({
      id: z.uuid(),
      receivedAt: isoTime,
      source: z.string(),
      type: z.string().nullable(),
      triggerId: z.uuid().nullable(),
      appWebhookId: z.uuid().nullable(),
      method: z.string().nullable(),
      contentType: z.string().nullable(),
      sizeBytes: z.int(),
      sourceIp: z.string().nullable(),
      verification: z.string().nullable(),
      responseStatus: z.int().nullable(),
      body: z.unknown().describe("The parsed body, or its text when it did not parse (JSON text in CSV)"),
      rawBodyBase64: z.string().nullable().describe("The exact bytes received"),
    }),
  )
  .meta({ id: "ExportedEvents", description: "One row per event, oldest first" });

export const exportedDeliveriesSchema = z
  .array(
    z.object({
      id: z.uuid(),
      createdAt: isoTime,
      completedAt: isoTime.nullable(),
      status: z.string(),
      kind: z.string(),
      connectorId: z.uuid(),
      connectorName: z.string(),
      eventId: z.uuid().nullable(),
      eventType: z.string().nullable(),
      attemptCount: z.int(),
      lastStatus: z.int().nullable(),
      lastErrorCode: z.string().nullable(),
      lastErrorMessage: z.string().nullable(),
      messageId: z.string(),
    }),
  )
  .meta({ id: "ExportedDeliveries", description: "One row per delivery, oldest first" });
