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
