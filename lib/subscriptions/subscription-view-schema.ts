// Subscriptions as the API answers them (lib/subscriptions/service.ts's subscriptionSelect): the filter is the input
// schema's own. Documented in the OpenAPI reference and checked against real answers by
// tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { templateWarningSchema } from "../connectors/template-warning-schema";
import { pageSchema } from "../core/pagination";
import { subscriptionFilterSchema } from "./schema";

export const subscriptionViewSchema = z
  .object({
    id: z.uuid(),
    connectorId: z.uuid(),
    eventTypeId: z.uuid(),
    filter: subscriptionFilterSchema.nullable().describe("Only payloads that pass it are delivered; null: all"),
    createdAt: z.iso.datetime({ offset: true }),
    eventType: z.object({
      id: z.uuid(),
      key: z.string(),
      code: z.int().nullable(),
      archivedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
    connector: z.object({ id: z.uuid(), name: z.string(), enabled: z.boolean() }),
  })
  .meta({ id: "Subscription", description: "A connector receives the events of one event type" });

export const subscriptionPageSchema = pageSchema(subscriptionViewSchema).meta({ id: "SubscriptionPage" });

export const connectorSubscriptionsSchema = z
  .object({ data: z.array(subscriptionViewSchema) })
  .meta({ id: "ConnectorSubscriptions" });

export const savedSubscriptionsSchema = z
  .object({
    data: z.array(subscriptionViewSchema),
    warnings: z
      .array(templateWarningSchema)
      .describe("Variables the connector's templates miss in the subscribed types' sample payloads (saved anyway)"),
  })
  .meta({ id: "SavedSubscriptions" });
