// GET /api/v1/events — viewers and admins: list events. POST /api/v1/events — admins: publish an event to its
// subscribers (Idempotency-Key honoured for 24 h); answers 202 with the event id and the number of deliveries.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { validationError } from "@/lib/core/errors";
import { listEvents, listEventsSchema } from "@/lib/events/list-events";
import { publishEvent } from "@/lib/events/publish-event";
import {
  idempotencyKeySchema,
  MAX_EVENT_PAYLOAD_BYTES,
  publishEventQuerySchema,
  publishEventSchema,
} from "@/lib/events/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", query: listEventsSchema }, ({ principal, query }) =>
  listEvents(principal.workspaceId, query, principal.role),
);

/** Published: stored with its deliveries, which the workers send later. */
const ACCEPTED = 202;

// The payload is content (stored and delivered byte for byte), so it may hold any JSON string and up to its own cap.
const publishOptions = {
  access: "admin",
  query: publishEventQuerySchema,
  body: publishEventSchema,
  contentFields: ["payload"],
  maxBodyBytes: MAX_EVENT_PAYLOAD_BYTES + 64 * 1024,
} as const;

export const POST = route(publishOptions, async ({ principal, query, body, bodyText, request, ip }) => {
  const header = request.headers.get("idempotency-key");
  const key = header === null ? null : idempotencyKeySchema.safeParse(header);
  if (key && !key.success) throw validationError(key.error, "Idempotency-Key header");
  const meta = {
    idempotencyKey: key?.data ?? null,
    sourceIp: ip,
    source: query.source,
    requestText: bodyText,
    answerStatus: ACCEPTED,
  };
  const result = await publishEvent(principal.workspaceId, body, meta);
  // A repeated Idempotency-Key is answered as the first request was, marked as the duplicate it is.
  if (result.outcome === "duplicate")
    return json({ ...result.firstAnswer.event, duplicate: true }, { status: result.firstAnswer.status });
  return json(result.event, { status: ACCEPTED });
});

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
