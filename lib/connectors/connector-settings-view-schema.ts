// A connector's event settings and signing secrets as the API answers them (lib/connectors/event-settings.ts,
// lib/connectors/reveal-secret.ts); the settings reuse the input schema's fields. Documented in the OpenAPI
// reference and checked against real answers by tests/api/openapi-reference.test.ts.
import { z } from "zod";
import { SECRET_MASK } from "../crypto/secret-mask";
import { connectorViewSchema } from "./connector-view-schema";
import { eventSettingsSchema, rateLimitSchema } from "./event-settings";
import { templateWarningSchema } from "./template-warning-schema";

const isoTime = z.iso.datetime({ offset: true });

export const eventSettingsViewSchema = z
  .object({
    connectorId: z.uuid(),
    notifyOnFailure: eventSettingsSchema.shape.notifyOnFailure.unwrap(),
    rateLimit: rateLimitSchema.nullable().describe("Calls per window; null: no limit"),
    retrySchedule: eventSettingsSchema.shape.retrySchedule
      .unwrap()
      .describe("Seconds to wait before each attempt; null: the default schedule"),
    signingSecret: z.string().nullable().describe(`${SECRET_MASK} when set; reveal it with reveal-signing-secret`),
    hasSigningSecret: z.boolean(),
    previousSigningSecretExpiresAt: isoTime
      .nullable()
      .describe("Until then the secret before the last rotation signs too (receivers switch over)"),
  })
  .meta({ id: "ConnectorEventSettings", description: "Failure notices, pacing, retries and the signing secret" });

export const rotatedSigningSecretSchema = z
  .object({
    signingSecret: z.string().describe("The new secret (whsec_…): shown once here"),
    previousSigningSecretExpiresAt: isoTime.nullable(),
  })
  .meta({ id: "RotatedSigningSecret" });

export const revealedSigningSecretSchema = z
  .object({
    signingSecret: z.string().nullable(),
    previousSigningSecret: z.string().nullable().describe("While it still signs"),
    previousSigningSecretExpiresAt: isoTime.nullable(),
  })
  .meta({ id: "RevealedSigningSecret", description: "The signing secrets in clear; written to the audit log" });

export const revealedConnectorSecretSchema = z
  .object({ value: z.string().describe("The stored secret in clear") })
  .meta({ id: "RevealedConnectorSecret", description: "One stored secret in clear; written to the audit log" });

export const updatedConnectorSchema = connectorViewSchema
  .extend({
    warnings: z
      .array(templateWarningSchema)
      .describe(
        "Variables its templates miss in subscribed types' sample payloads and its triggers' last requests (saved anyway)",
      ),
  })
  .meta({ id: "UpdatedConnector", description: "The connector as saved, with what its templates would miss" });
