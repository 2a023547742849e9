// POST /api/v1/deliveries/bulk: retry or cancel every delivery the Deliveries list's filter and search match. A dry
// run answers how many would change and changes nothing: the dashboard shows that count before anyone confirms.
import { z } from "zod";
import { deliveryFilterSchema } from "./list-deliveries";

export const BULK_ACTIONS = ["retry", "cancel"] as const;
/** One request changes at most this many deliveries; a wider filter is refused with the count, to be narrowed. */
export const MAX_BULK_DELIVERIES = 10_000;

export const bulkDeliveryActionSchema = z.object({
  action: z.enum(BULK_ACTIONS).describe("retry: send again now; cancel: stop a pending or failed delivery"),
  dryRun: z.boolean().default(false).describe("true: only count the deliveries the action would change"),
  filter: deliveryFilterSchema.default({}).describe("The Deliveries list's filters and search (q)"),
});
export type BulkDeliveryActionInput = z.infer<typeof bulkDeliveryActionSchema>;
