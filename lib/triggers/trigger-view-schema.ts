// A trigger as the API answers it (lib/triggers/serialize-trigger.ts): the settings are the input schema's own fields
// (lib/triggers/schema.ts), plus what only an answer has. Documented in the OpenAPI reference and checked against
// real answers by tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { templateWarningSchema } from "../connectors/template-warning-schema";
import { jsonValueSchema } from "../core/json-value";
import { SECRET_MASK } from "../crypto/secret-mask";
import { triggerActionSchema, triggerBaseSchema } from "./schema";

const isoTime = z.iso.datetime({ offset: true });

export const triggerActionViewSchema = triggerActionSchema
  .extend({
    id: z.uuid(),
    connectorName: z.string(),
    connectorEnabled: z.boolean().describe("A disabled connector's action is skipped"),
  })
  .meta({ id: "TriggerAction", description: "A connector the trigger calls, in order, with its own body template" });

export const triggerViewSchema = triggerBaseSchema
  .extend({
    id: z.uuid(),
    secret: z
      .string()
      .describe(
        `The shared key or signing secret: ${SECRET_MASK} except in the answers of create and rotate-key, which carry it once`,
      ),
    previousSecretExpiresAt: isoTime
      .nullable()
      .describe("Until then the secret before the last rotation is accepted too; null when there is none"),
    actions: z.array(triggerActionViewSchema),
    url: z.url().describe("The receive URL by workspace and slug (the shared key goes in ?key= or X-Switchboard-Key)"),
    idUrl: z.url().describe("The same endpoint by the trigger's id, which survives a slug change"),
    lastEventAt: isoTime.nullable().describe("When the last request arrived, accepted or refused"),
    lastResponseStatus: z.int().nullable().describe("What the last request was answered"),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "Trigger", description: "An inbound endpoint that verifies requests and calls its actions" });

export const triggerListSchema = z
  .object({ data: z.array(triggerViewSchema).describe("Every trigger of the workspace, newest first") })
  .meta({ id: "TriggerList" });

export const updatedTriggerSchema = triggerViewSchema
  .extend({
    warnings: z
      .array(templateWarningSchema)
      .describe("Variables the actions' templates miss in the trigger's last accepted request (saved anyway)"),
  })
  .meta({ id: "UpdatedTrigger", description: "The trigger as saved, with what its templates would miss" });

export const triggerSecretSchema = z
  .object({
    secret: z.string().describe("The current key or signing secret"),
    previousSecret: z.string().nullable().describe("The one before the last rotation, while it is still accepted"),
    previousSecretExpiresAt: isoTime.nullable(),
  })
  .meta({ id: "TriggerSecret", description: "A trigger's secrets in clear; each reveal is written to the audit log" });

export const triggerTestResultSchema = z
  .object({
    status: z.int().describe("What the receive endpoint answered the sample request"),
    answer: jsonValueSchema.nullable().describe("The receive endpoint's JSON answer; null when it was not JSON"),
    event: z
      .object({
        id: z.uuid(),
        body: jsonValueSchema.nullable().describe("The parsed body as stored"),
        headers: z.record(z.string(), jsonValueSchema),
        verification: z.string().nullable().describe("How the request was authenticated, or why it was refused"),
        responseStatus: z.int().nullable(),
        deliveries: z.array(
          z.object({
            id: z.uuid(),
            connectorId: z.uuid(),
            status: z.string(),
            connector: z.object({ name: z.string() }),
          }),
        ),
      })
      .nullable()
      .describe("The event the sample request was stored as; null when it was not stored"),
  })
  .meta({
    id: "TriggerTestResult",
    description: "A sample request sent through the trigger's real receive endpoint, and what became of it",
  });
