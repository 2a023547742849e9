// What Test, Execute, Preview and the connector history answer (lib/delivery/execute-connector.ts,
// lib/delivery/preview-delivery.ts, lib/connectors/connector-history.ts), built on the delivery's own schemas.
// Documented in the OpenAPI reference and checked against real answers by tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { attemptErrorSchema, deliveryAttemptSchema, deliverySchema } from "./delivery-schema";

export const sentRequestSchema = deliveryAttemptSchema.shape.request.meta({
  id: "SentRequest",
  description: "A request as sent (or as it would be sent), secrets redacted",
});

export const deliveryRecordSchema = deliverySchema
  .omit({ retry: true })
  .meta({ id: "DeliveryRecord", description: "A delivery with every attempt, without its retry plan" });

export const connectorHistorySchema = z
  .object({
    data: z.array(deliveryRecordSchema).describe("Newest first"),
    nextCursor: z.uuid().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
  })
  .meta({ id: "ConnectorHistory" });

export const runResultSchema = z
  .object({
    ok: z.boolean().describe("Reachable and answered 2xx"),
    request: sentRequestSchema,
    result: z.object({
      status: z.int().nullable().describe("Null when no answer came"),
      statusText: z.string().nullable(),
      headers: z.record(z.string(), z.string()),
      body: z.string(),
      bodyTruncated: z.boolean(),
      sizeBytes: z.int().min(0),
      startedAt: z.iso.datetime({ offset: true }),
      durationMs: z.int().min(0),
      retryAfterSeconds: z.int().nullable(),
      finalUrl: z.string().describe("The URL that answered, after redirects; secret query parameters redacted"),
      error: attemptErrorSchema.nullable(),
    }),
    delivery: deliveryRecordSchema.nullable().describe("The stored test or manual delivery; null for an unsaved one"),
  })
  .meta({ id: "RunResult", description: "A connector called now: the request, the answer and the stored delivery" });

const previewBase = {
  variables: z.array(z.string()).describe("The variables the templates were rendered with, as paths"),
  against: z.object({ eventId: z.uuid().nullable(), source: z.string(), type: z.string().nullable() }),
};

export const previewResultSchema = z
  .discriminatedUnion("ok", [
    z.object({ ...previewBase, ok: z.literal(true), request: sentRequestSchema }),
    z.object({
      ...previewBase,
      ok: z.literal(false),
      missing: z.array(z.string()).describe("Variables the templates name that the sample does not hold"),
      message: z.string(),
    }),
  ])
  .meta({ id: "PreviewResult", description: "The exact request the connector would send, or why it cannot" });
