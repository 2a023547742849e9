// Publishing an event through the API: a known event type key and any JSON payload.
import { z } from "zod";
import { jsonValueSchema } from "../core/json-value";

export const EVENT_TYPE_KEY = /^[a-zA-Z0-9._-]+$/;

/** `?source=test` marks the dashboard's "Send test", so the Events page labels and filters it as a test. */
export const publishEventQuerySchema = z.object({
  source: z.enum(["api", "test"]).optional().describe("test: store the event as a test send (the dashboard's)"),
});

export const publishEventSchema = z.object({
  type: z
    .string()
    .min(1, "type is required")
    .max(256)
    .regex(EVENT_TYPE_KEY, "type may use letters, digits, '.', '_' and '-'"),
  payload: jsonValueSchema.default({}),
});
export type PublishEventInput = z.infer<typeof publishEventSchema>;

export const idempotencyKeySchema = z.string().trim().min(1).max(255);

/** Published payloads are stored and delivered whole; keep them to a size receivers accept. */
export const MAX_EVENT_PAYLOAD_BYTES = 1024 * 1024;
