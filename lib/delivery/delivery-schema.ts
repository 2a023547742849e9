// The delivery as GET /api/v1/deliveries/{id} answers it: documented in the OpenAPI reference under these names, and
// checked against real answers by tests/api/openapi-schemas.test.ts so the words cannot drift from the serializer.
import { z } from "zod";
import { HTTP_METHODS } from "../connectors/schema";
import { pageSchema } from "../core/pagination";
import { EventSource } from "../generated/prisma/enums";
import { BULK_ACTIONS } from "./bulk-schema";
import { DELIVERY_KINDS, DELIVERY_STATUSES } from "./list-deliveries";

const isoTime = (description: string) => z.iso.datetime({ offset: true }).describe(description);
const headersSchema = z.record(z.string(), z.string()).describe("Header name → value; secrets are redacted");

export const attemptErrorSchema = z
  .object({
    code: z.string().describe("Machine-readable cause: http_500, timeout, refused, blocked_address, …"),
    message: z.string().describe("What happened, for people"),
  })
  .meta({ id: "AttemptError", description: "Why an attempt failed" });

export const deliveryAttemptSchema = z
  .object({
    id: z.uuid(),
    number: z.int().min(1).describe("1 for the first attempt, counting retries"),
    startedAt: isoTime("When the request left"),
    durationMs: z.int().min(0).describe("From sending the request to the end of the answer (or the failure)"),
    succeeded: z.boolean().describe("The receiver answered 2xx"),
    error: attemptErrorSchema.nullable().describe("Null when the attempt succeeded"),
    request: z
      .object({
        method: z.string(),
        url: z.string().describe("The URL as sent, query included"),
        headers: headersSchema,
        body: z.string().nullable().describe("The body as sent (text); null when there was none"),
        bodyTruncated: z.boolean().describe("Only the first 64 KiB of the body are stored"),
      })
      .describe("The request exactly as sent"),
    response: z
      .object({
        status: z.int().describe("HTTP status code"),
        statusText: z.string().describe('Code and reason, e.g. "500 Internal Server Error"'),
        headers: headersSchema,
        body: z.string().nullable(),
        bodyTruncated: z.boolean().describe("Only the first 64 KiB of the body are stored"),
        sizeBytes: z.int().nullable().describe("The whole body's size, also when truncated"),
      })
      .nullable()
      .describe("Null when no answer came (timeout, refused connection, blocked address)"),
  })
  .meta({ id: "DeliveryAttempt", description: "One try at sending a delivery, with its request and response" });

export const retryPlanSchema = z
  .object({
    schedule: z
      .array(
        z.object({
          attempt: z.int().min(1),
          delaySeconds: z.int().min(0).describe("Wait after the previous attempt (0 for the first)"),
        }),
      )
      .describe("The connector's retry schedule, one entry per attempt"),
    jitter: z.number().describe("Each wait moves by up to this share either way (0.2 = ±20 %)"),
    remainingAttempts: z.int().min(0).describe("Attempts still to come, the scheduled one included"),
  })
  .meta({
    id: "RetryPlan",
    description:
      "When the workers try again. 429 and 503 answers honour Retry-After; a 429 or a timeout waits at least a minute.",
  });

/** What a delivery's page and the lists both say of it. */
const deliveryStateFields = {
  id: z.uuid(),
  connectorId: z.uuid(),
  eventId: z.uuid().nullable().describe("The event delivered; null for test and manual calls"),
  kind: z.enum(DELIVERY_KINDS),
  status: z.enum(DELIVERY_STATUSES),
  messageId: z.string().describe("The webhook-id header: the same on every attempt, for receivers to deduplicate"),
  attemptCount: z.int().min(0).describe("Attempts made so far"),
  maxAttempts: z.int().min(1),
  nextAttemptAt: isoTime("When the workers will try again (pending or failed); null once finished").nullable(),
  lastStatus: z.int().nullable().describe("HTTP status of the last attempt"),
  createdAt: isoTime("When the delivery was queued"),
  completedAt: isoTime("When it succeeded, died or was cancelled").nullable(),
};

export const deliverySchema = z
  .object({
    ...deliveryStateFields,
    lastStatusText: z.string().nullable(),
    lastError: attemptErrorSchema.nullable(),
    durationMs: z.int().nullable().describe("Duration of the last attempt"),
    attempts: z.array(deliveryAttemptSchema).describe("Oldest first"),
    retry: retryPlanSchema,
  })
  .meta({ id: "Delivery", description: "One message to one connector, with every attempt and its retry schedule" });
export type DeliveryDetailDto = z.infer<typeof deliverySchema>;

/** A delivery as lists show it (deliveryListSelect in lib/delivery/list-deliveries.ts): no attempts, no bodies. */
export const deliverySummarySchema = z
  .object({
    ...deliveryStateFields,
    lastErrorCode: z.string().nullable().describe("Why the last attempt failed: http_500, timeout, refused, …"),
    lastErrorMessage: z.string().nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
    connector: z.object({ id: z.uuid(), name: z.string(), url: z.string(), method: z.enum(HTTP_METHODS) }),
    event: z
      .object({
        id: z.uuid(),
        type: z.string().nullable(),
        source: z.enum(EventSource),
        receivedAt: z.iso.datetime({ offset: true }),
        trigger: z.object({ name: z.string() }).nullable(),
      })
      .nullable(),
  })
  .meta({ id: "DeliverySummary", description: "A delivery as the lists show it, without its attempts" });

export const deliveryPageSchema = pageSchema(
  deliverySummarySchema
    .extend({ excerpt: z.string().nullable().describe("The start of the event's body (160 characters)") })
    .meta({ id: "DeliveryListItem", description: "A row of the Deliveries list" }),
).meta({ id: "DeliveryPage" });

export const deliveryCountsSchema = z
  .record(z.enum(DELIVERY_STATUSES), z.int().min(0))
  .meta({ id: "DeliveryCounts", description: "Deliveries per status for the list's filters (status itself aside)" });

export const deliveryRequeuedSchema = z
  .object({ id: z.uuid(), status: z.literal("pending") })
  .meta({ id: "DeliveryRequeued", description: "The delivery is queued to be sent again now" });

export const deliveryCancelledSchema = z
  .object({ id: z.uuid(), status: z.literal("cancelled") })
  .meta({ id: "DeliveryCancelled" });

export const deliveriesRecoveredSchema = z
  .object({ recovered: z.int().min(0).describe("Failed, dead and template_error deliveries queued again") })
  .meta({ id: "DeliveriesRecovered" });

export const bulkDeliveryResultSchema = z
  .object({
    action: z.enum(BULK_ACTIONS),
    dryRun: z.boolean(),
    count: z.int().min(0).describe("Deliveries changed, or with dryRun the ones the action would change"),
  })
  .meta({ id: "BulkDeliveryResult" });
