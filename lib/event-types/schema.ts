// The event type contract shared by the route wrapper, the service and the dashboard form.
import { z } from "zod";
import { jsonValueSchema } from "../core/json-value";
import { paginationSchema } from "../core/pagination";

export const EVENT_TYPE_KEY_PATTERN = /^[a-zA-Z0-9._-]+$/;

export const eventTypeKeySchema = z
  .string()
  .trim()
  .min(1, { error: "Key is required", abort: true })
  .max(256, "Key must be at most 256 characters")
  .regex(EVENT_TYPE_KEY_PATTERN, "Key may only contain letters, digits, dots, underscores and dashes");

export const eventTypeSchema = z.object({
  key: eventTypeKeySchema,
  // Numeric codes exist for integrations that name events by number (the CRM shape's WebhookEvent).
  code: z.int("Code must be a whole number").min(0, "Code must be 0 or more").max(2_147_483_647).nullable().optional(),
  description: z.string().trim().max(1000, "Description must be at most 1000 characters").default(""),
  samplePayload: jsonValueSchema.nullable().optional(),
});
export type EventTypeInput = z.input<typeof eventTypeSchema>;
export type CreateEventTypeInput = z.output<typeof eventTypeSchema>;

// No defaults on update: a field left out stays as it is.
export const updateEventTypeSchema = eventTypeSchema
  .extend({ description: z.string().trim().max(1000, "Description must be at most 1000 characters") })
  .partial()
  .extend({ archived: z.boolean().optional() });
export type UpdateEventTypeInput = z.output<typeof updateEventTypeSchema>;

/** Query-string boolean: `?includeArchived=true`; absent means false. */
const queryBoolean = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1");

export const listEventTypesQuerySchema = paginationSchema.extend({
  search: z.string().trim().max(256).optional(),
  includeArchived: queryBoolean,
});
export type ListEventTypesQuery = z.output<typeof listEventTypesQuerySchema>;

export const idParamsSchema = z.object({ id: z.uuid("Not a valid id") });
