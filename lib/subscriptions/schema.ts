// Subscriptions: which event types a connector receives, each with an optional payload filter. Kept free of
// database imports so the connector form can share it.
import { z } from "zod";
import { jsonValueSchema } from "../core/json-value";
import { paginationSchema } from "../core/pagination";

/** Dot path into the event payload: `data.status`, `items.0.sku`. */
export const filterPathSchema = z
  .string()
  .trim()
  .min(1, { error: "Path is required", abort: true })
  .max(256, "Path must be at most 256 characters")
  .regex(/^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$/, "Path is dot-separated field names, e.g. data.status");

export const subscriptionFilterSchema = z.discriminatedUnion("op", [
  z.object({ path: filterPathSchema, op: z.literal("equals"), value: jsonValueSchema }),
  z.object({
    path: filterPathSchema,
    op: z.literal("in"),
    value: z.array(jsonValueSchema).min(1, "List at least one value").max(100, "At most 100 values"),
  }),
  z.object({ path: filterPathSchema, op: z.literal("exists") }),
]);
export type SubscriptionFilter = z.infer<typeof subscriptionFilterSchema>;

export const subscriptionInputSchema = z.object({
  eventTypeId: z.uuid("Not a valid event type id"),
  filter: subscriptionFilterSchema.nullable().optional(),
});
export type SubscriptionInput = z.infer<typeof subscriptionInputSchema>;

export const setSubscriptionsSchema = z.object({
  subscriptions: z
    .array(subscriptionInputSchema)
    .max(500, "At most 500 event types per connector")
    .refine(
      (items) => new Set(items.map((item) => item.eventTypeId)).size === items.length,
      "Each event type may appear once",
    ),
});
export type SetSubscriptionsInput = z.infer<typeof setSubscriptionsSchema>;

export const listSubscriptionsQuerySchema = paginationSchema.extend({
  connectorId: z.uuid("Not a valid connector id").optional(),
  eventTypeId: z.uuid("Not a valid event type id").optional(),
});
export type ListSubscriptionsQuery = z.infer<typeof listSubscriptionsQuerySchema>;
