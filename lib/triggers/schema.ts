// The one trigger input schema, shared by the form, the API and the service. Secrets are never part of the
// input: a trigger's key or signing secret is generated (or, for a provider preset, pasted in once) and rotated
// through its own action.
import { z } from "zod";

export const TRIGGER_AUTH_TYPES = ["shared_key", "github", "stripe", "slack", "standard"] as const;
export const TRIGGER_METHODS = ["POST", "GET", "PUT", "PATCH"] as const;
export const MAX_TRIGGER_BODY_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TRIGGER_BODY_BYTES = 1024 * 1024;

const variableName = z
  .string()
  .trim()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "Use letters, digits and _ (starting with a letter), at most 64 characters");

export const triggerActionSchema = z.object({
  connectorId: z.uuid("Choose a connector"),
  bodyTemplate: z
    .string()
    .max(256 * 1024)
    .nullable()
    .default(null),
});

const baseShape = {
  name: z.string().trim().min(1, "Name is required").max(200),
  slug: z
    .string()
    .trim()
    .min(1, "Slug is required")
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/, "Use lower-case letters, digits and dashes"),
  enabled: z.boolean(),
  authType: z.enum(TRIGGER_AUTH_TYPES),
  headerVariable: variableName,
  bodyVariable: variableName,
  maxBodyBytes: z.number().int().min(1024, "At least 1 KiB").max(MAX_TRIGGER_BODY_BYTES, "At most 10 MiB"),
  rateLimit: z
    .object({
      count: z.number().int().min(1).max(100_000),
      windowMs: z.number().int().min(1000).max(3_600_000),
    })
    .nullable(),
  allowedMethods: z.array(z.enum(TRIGGER_METHODS)).min(1, "Allow at least one method"),
  actions: z.array(triggerActionSchema).max(20, "At most 20 actions"),
};

export const triggerBaseSchema = z.object(baseShape);

export const createTriggerSchema = triggerBaseSchema.extend({
  enabled: baseShape.enabled.default(true),
  authType: baseShape.authType.default("shared_key"),
  headerVariable: baseShape.headerVariable.default("requestHeaders"),
  bodyVariable: baseShape.bodyVariable.default("requestBody"),
  maxBodyBytes: baseShape.maxBodyBytes.default(DEFAULT_TRIGGER_BODY_BYTES),
  rateLimit: baseShape.rateLimit.default({ count: 100, windowMs: 1000 }),
  allowedMethods: baseShape.allowedMethods.default(["POST"]),
  actions: baseShape.actions.default([]),
  /** A provider preset's secret as the provider shows it (GitHub, Stripe, Slack); generated when absent. */
  secret: z.string().min(8, "At least 8 characters").max(1024).optional(),
});
export const updateTriggerSchema = triggerBaseSchema.partial();

export type CreateTriggerInput = z.infer<typeof createTriggerSchema>;
export type UpdateTriggerInput = z.infer<typeof updateTriggerSchema>;
export type TriggerFormValues = z.input<typeof createTriggerSchema>;

export const rotateTriggerSecretSchema = z.object({
  /** Paste the provider's new secret; absent generates one. */
  secret: z.string().min(8).max(1024).optional(),
  /** How long the previous secret keeps working. */
  graceSeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600)
    .default(24 * 3600),
});
