// A connector as the API answers it (lib/connectors/serialize-connector.ts): documented in the OpenAPI reference and
// checked against real answers by tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { pageSchema } from "../core/pagination";
import { BODY_TYPES, HTTP_METHODS } from "./schema";

const isoTime = z.iso.datetime({ offset: true });
const masked = "•••••••• when set: secrets never leave the API";

const connectorAuthViewSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("none") }),
    z.object({
      type: z.literal("basic"),
      username: z.string(),
      password: z.string().describe(masked),
      hasPassword: z.boolean(),
    }),
    z.object({ type: z.literal("bearer"), token: z.string().describe(masked), hasToken: z.boolean() }),
    z.object({ type: z.literal("app_secret") }),
    z.object({
      type: z.literal("custom_header"),
      name: z.string(),
      value: z.string().describe(masked),
      hasValue: z.boolean(),
    }),
  ])
  .meta({ id: "ConnectorAuth", description: "How the connector authenticates to its receiver" });

const nameValueSchema = z
  .object({
    name: z.string(),
    value: z.string().describe("Masked (••••••••) when secret"),
    secret: z.boolean().describe("Stored encrypted and masked in answers"),
  })
  .meta({ id: "NameValue" });

export const connectorViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    url: z.string().describe("Where requests go; may hold {{variables}}"),
    method: z.enum(HTTP_METHODS),
    bodyType: z.enum(BODY_TYPES),
    bodyTemplate: z.string().nullable().describe("Template of the body; null sends the event's payload as it came"),
    auth: connectorAuthViewSchema,
    headers: z.array(nameValueSchema),
    queryParams: z.array(nameValueSchema),
    timeoutMs: z.int().describe("How long one attempt may take"),
    followRedirects: z.boolean(),
    enabled: z.boolean().describe("Disabled connectors receive no new deliveries"),
    disabledReason: z.string().nullable().describe("Why Switchboard disabled it (e.g. the receiver answered 410)"),
    notifyOnFailure: z.boolean().describe("Raise a notification when a delivery dies"),
    hasSigningSecret: z.boolean().describe("Requests are signed (Standard Webhooks: webhook-signature)"),
    hasVerificationToken: z.boolean(),
    lastStatus: z.int().nullable().describe("HTTP status of the last attempt"),
    lastResultAt: isoTime.nullable(),
    lastSuccessAt: isoTime.nullable(),
    lastError: z.object({ date: isoTime, message: z.string() }).nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: "Connector", description: "An outbound HTTP call Switchboard makes for events and triggers" });

export const connectorPageSchema = pageSchema(connectorViewSchema).meta({ id: "ConnectorPage" });
