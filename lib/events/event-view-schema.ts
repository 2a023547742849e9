// Events as the API answers them (lib/events/list-events.ts, lib/api/publish/publish-answer.ts,
// lib/replay/replay-event.ts, lib/events/stream-hub.ts): documented in the OpenAPI reference and checked against real
// answers by tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { jsonValueSchema } from "../core/json-value";
import { pageSchema } from "../core/pagination";
import { SECRET_MASK } from "../crypto/secret-mask";
import { deliverySummarySchema } from "../delivery/delivery-schema";
import { EventSource } from "../generated/prisma/enums";

const isoTime = z.iso.datetime({ offset: true });
const source = z
  .enum(EventSource)
  .describe("api: published; trigger: received by a trigger; app_webhook: an app webhook call; test: Send test");

const eventSummaryShape = {
  id: z.uuid(),
  source,
  type: z.string().nullable().describe("The event type key; null for requests received by a trigger"),
  triggerId: z.uuid().nullable(),
  appWebhookId: z
    .string()
    .nullable()
    .describe(`The app webhook it came from; ${SECRET_MASK} for viewers (its id is its trigger URL's credential)`),
  method: z.string().nullable().describe("The HTTP method of a received request"),
  contentType: z.string().nullable(),
  sizeBytes: z.int().min(0).describe("The body's size in bytes"),
  sourceIp: z.string().nullable(),
  verification: z.string().nullable().describe("How a received request was authenticated, or why it was refused"),
  responseStatus: z.int().nullable().describe("What Switchboard answered: 2xx accepted, 4xx/5xx refused"),
  receivedAt: isoTime,
  trigger: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }).nullable(),
  _count: z.object({ deliveries: z.int().min(0).describe("Deliveries it started") }),
};

export const eventListItemSchema = z
  .object({
    ...eventSummaryShape,
    excerpt: z.string().nullable().describe("The start of its body (160 characters): tells look-alike rows apart"),
  })
  .meta({ id: "EventListItem", description: "A row of the Events list" });

export const eventPageSchema = pageSchema(eventListItemSchema).meta({ id: "EventPage" });

export const eventDetailSchema = z
  .object({
    ...eventSummaryShape,
    query: jsonValueSchema.nullable().describe("The query string of a received request, as name → value"),
    headers: z.record(z.string(), jsonValueSchema).describe("The request headers as received (lower-case names)"),
    rawBody: z.string().nullable().describe("The exact body as text when its bytes are UTF-8 without NUL"),
    rawBodyBase64: z.string().nullable().describe("Every byte of the body, base64"),
    body: jsonValueSchema
      .nullable()
      .describe("The parsed body (JSON, form fields as an object, else text); null with bodyRawOnly"),
    bodyRawOnly: z.boolean().describe("The body parsed, but PostgreSQL's jsonb cannot hold it: see rawBody"),
    idempotencyKey: z.string().nullable(),
    responseBody: jsonValueSchema.nullable().describe("What Switchboard answered the request"),
    deliveries: z.array(deliverySummarySchema).describe("The deliveries it started, oldest first"),
  })
  .meta({ id: "Event", description: "One received request or published event, with the deliveries it started" });

export const publishedEventSchema = z
  .object({
    id: z.uuid(),
    type: z.string(),
    deliveries: z.int().min(0).describe("Deliveries created: queued + unrenderable"),
    queued: z.int().min(0).describe("Deliveries the workers will send"),
    unrenderable: z
      .array(
        z.object({
          deliveryId: z.uuid(),
          connectorId: z.uuid(),
          connectorName: z.string(),
          missing: z.array(z.string()).describe("Variables its templates name that the payload does not hold"),
          message: z.string(),
        }),
      )
      .describe("Subscribers whose templates cannot render the payload: stored as template_error, nothing sent"),
    duplicate: z
      .literal(true)
      .optional()
      .describe("Present when the Idempotency-Key repeated an earlier publish: its answer, nothing new stored"),
  })
  .meta({ id: "PublishedEvent", description: "What publishing stored: the event and its deliveries" });

export const replayedEventSchema = z
  .object({ id: z.uuid(), deliveries: z.int().min(0).describe("Deliveries queued again") })
  .meta({ id: "ReplayedEvent", description: "The event whose deliveries were queued again" });

export const streamedEventSchema = z
  .object({
    id: z.uuid(),
    workspaceId: z.uuid(),
    source,
    type: z.string().nullable(),
    triggerId: z.uuid().nullable(),
    responseStatus: z.int().nullable(),
    receivedAt: isoTime,
  })
  .meta({
    id: "StreamedEvent",
    description:
      'The data of each `event: event` message of the stream (its id is the SSE id). `event: deliveries` (data {}) says delivery statuses changed; `event: ready` comes first. The credential is checked again every 5 s: `event: end` (data {"reason": "unauthorized"}) comes last once it no longer grants the stream; while it cannot be checked (15 s and more) the stream carries nothing, and `event: ready` again says to read what was missed.',
  });
