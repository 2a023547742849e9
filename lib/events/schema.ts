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

/**
 * What `publishEventSchema` makes of a body already parsed from JSON, when the schema would accept it; null when it
 * might refuse it (the schema then decides, and words the error). For the publish fast path: the schema walks the
 * whole payload through a recursive union, a visible share of a publish's CPU, to learn what JSON.parse already
 * guarantees, all but one thing: a number too large for a double (1e400) parses as Infinity, which the schema
 * refuses; and the schema's copy of an object treats a "__proto__" key as the prototype, so such a payload goes
 * through it too, to come out as it always did. Unknown members are dropped, as the schema drops them.
 */
export function quickPublishInput(value: unknown): PublishEventInput | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  if (typeof type !== "string" || type.length < 1 || type.length > 256 || !EVENT_TYPE_KEY.test(type)) return null;
  if (payload !== undefined && !finiteJson(payload)) return null;
  return { type, payload: payload === undefined ? {} : (payload as PublishEventInput["payload"]) };
}

/** Every number in a JSON.parse result is finite and no key is "__proto__" (iterative: it may nest deep). */
function finiteJson(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return false;
    } else if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (current !== null && typeof current === "object") {
      for (const key in current) {
        if (key === "__proto__") return false;
        stack.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return true;
}

export const idempotencyKeySchema = z.string().trim().min(1).max(255);

/** Published payloads are stored and delivered whole; keep them to a size receivers accept. */
export const MAX_EVENT_PAYLOAD_BYTES = 1024 * 1024;
