// App webhooks and listeners as the API answers them (lib/app-webhooks/app-webhook-service.ts,
// lib/app-webhooks/listener-service.ts): the documented registration shape, and the dashboard's shape built on it.
// Documented in the OpenAPI reference and checked against real answers by tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { SECRET_MASK } from "../crypto/secret-mask";
import { appListenerActionSchema, createAppListenerSchema } from "./schema";

const isoTime = z.iso.datetime({ offset: true });

export const appWebhookRegistrationSchema = z
  .object({
    uuid: z.string().describe(`The webhook's id, also its trigger URL's credential: ${SECRET_MASK} for viewers`),
    action: z.string().describe("The listener it calls, by name"),
    props: z.record(z.string(), z.unknown()),
    environment_id: z.int().describe("The workspace's number"),
    user_id: z.string().nullable(),
  })
  .meta({ id: "AppWebhookRegistration", description: "An app webhook as the app webhooks document answers it" });

export const appWebhookRegistrationListSchema = z
  .array(appWebhookRegistrationSchema)
  .meta({ id: "AppWebhookRegistrationList", description: "Newest first" });

export const appWebhookViewSchema = appWebhookRegistrationSchema
  .extend({
    createdAt: isoTime,
    triggerUrl: z.string().describe(`Where the app sends its calls (the uuid in it is ${SECRET_MASK} for viewers)`),
    listener: z
      .object({ id: z.uuid(), name: z.string(), actions: z.int().min(0).describe("Connectors it calls") })
      .nullable()
      .describe("The listener named by action; null while there is none"),
    eventCount: z.int().min(0).describe("Requests received at its trigger URL, accepted or refused"),
    lastTriggeredAt: isoTime.nullable(),
  })
  .meta({ id: "AppWebhook", description: "An app webhook as the dashboard shows it" });

export const appWebhookListSchema = z
  .object({ data: z.array(appWebhookViewSchema).describe("Newest first") })
  .meta({ id: "AppWebhookList" });

export const appListenerViewSchema = createAppListenerSchema
  .omit({ actions: true })
  .extend({
    id: z.uuid(),
    actions: z.array(
      appListenerActionSchema.extend({ id: z.uuid(), connectorName: z.string(), connectorEnabled: z.boolean() }),
    ),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "AppListener", description: "A named set of connectors that app webhooks call by their action" });

export const appListenerListSchema = z.object({ data: z.array(appListenerViewSchema) }).meta({ id: "AppListenerList" });
