// The one connector input schema, shared by the form (zodResolver), the API routes and the services.
// Create = base + defaults + refinements; update = the base made partial + the same refinements.
// Secret fields (basic password, bearer token, custom header value, secret header values) may be omitted or sent
// as the mask "••••••••" on update, meaning "keep the stored value".
import { z } from "zod";
import { paginationSchema } from "../core/pagination";
import { SECRET_MASK } from "../crypto/secret-mask";
import { hasUserinfo, URL_USERINFO_MESSAGE } from "../http/url-userinfo";
import { withPlaceholdersNulled } from "../templates";
import { HEADER_NAME_PATTERN, headerIssues } from "./header-rules";

export const HTTP_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"] as const;
export const BODY_TYPES = ["json", "text", "form", "none"] as const;
export const AUTH_TYPES = ["none", "basic", "bearer", "app_secret", "custom_header"] as const;
export const MAX_HEADERS = 99;
export const DEFAULT_TIMEOUT_MS = 15_000;

const noLineBreaks = (value: string) => !/[\r\n\0]/.test(value);

export const headerNameSchema = z
  .string()
  .trim()
  .min(1, "Header name is required")
  .max(128, "Header name must be at most 128 characters")
  .regex(HEADER_NAME_PATTERN, "Header name may contain letters, digits and !#$%&'*+-.^_`|~ only");

const headerValueSchema = z
  .string()
  .max(1024, "Header value must be at most 1024 characters")
  .refine(noLineBreaks, "Header value cannot contain line breaks");

const secretSchema = z
  .string()
  .max(1024, "Must be at most 1024 characters")
  .refine(noLineBreaks, "Cannot contain line breaks");

export const connectorAuthSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("none") }),
  z.object({
    type: z.literal("basic"),
    username: z
      .string()
      .min(1, "Username is required")
      .max(1024)
      .refine((value) => !value.includes(":"), "Username cannot contain ':'"),
    password: secretSchema.optional(),
  }),
  z.object({ type: z.literal("bearer"), token: secretSchema.optional() }),
  z.object({ type: z.literal("app_secret") }),
  z.object({ type: z.literal("custom_header"), name: headerNameSchema, value: secretSchema.optional() }),
]);
export type ConnectorAuthInput = z.infer<typeof connectorAuthSchema>;

export const connectorHeaderSchema = z.object({
  name: headerNameSchema,
  value: headerValueSchema,
  secret: z.boolean().optional(),
});

export const queryParamSchema = z.object({
  name: z.string().min(1, "Parameter name is required").max(256),
  value: z.string().max(2048),
  /** Stored encrypted, masked in answers and "[redacted]" in stored requests, like secret headers. */
  secret: z.boolean().optional(),
});

function isHttpUrlTemplate(value: string): boolean {
  try {
    // Placeholders may stand anywhere, even in the host: judge the URL with them replaced.
    const url = new URL(value.replace(/\{\{[^}]*\}\}/g, "placeholder"));
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const baseShape = {
  // 1024: the /api/webhooks document's String(1, 1024), the same rows.
  name: z.string().trim().min(1, "Name is required").max(1024, "Name must be at most 1024 characters"),
  description: z.string().max(2000, "Description must be at most 2000 characters"),
  url: z
    .string()
    .trim()
    .min(1, "URL is required")
    .max(2048)
    .refine(isHttpUrlTemplate, { message: "Enter an http:// or https:// URL", abort: true })
    .refine((url) => !hasUserinfo(url), URL_USERINFO_MESSAGE),
  method: z.enum(HTTP_METHODS),
  bodyType: z.enum(BODY_TYPES),
  bodyTemplate: z
    .string()
    .max(256 * 1024, "Body must be at most 256 KiB")
    .nullable(),
  auth: connectorAuthSchema,
  headers: z.array(connectorHeaderSchema).max(MAX_HEADERS, `At most ${MAX_HEADERS} headers`),
  queryParams: z.array(queryParamSchema).max(MAX_HEADERS, `At most ${MAX_HEADERS} query parameters`),
  timeoutMs: z.number().int().min(1000, "Timeout must be at least 1 s").max(60_000, "Timeout must be at most 60 s"),
  followRedirects: z.boolean(),
  enabled: z.boolean(),
  notifyOnFailure: z.boolean(),
};

const connectorBaseSchema = z.object(baseShape);

type Partialish = Partial<z.infer<typeof connectorBaseSchema>>;

function crossFieldChecks(requireSecrets: boolean) {
  return (input: Partialish, ctx: z.RefinementCtx) => {
    if (input.bodyTemplate && input.bodyType !== undefined) {
      const message = bodyTemplateProblem(input.bodyType, input.bodyTemplate);
      if (message) ctx.addIssue({ code: "custom", path: ["bodyTemplate"], message });
    }
    if (input.headers) {
      for (const issue of headerIssues(input.headers, input.auth ?? null)) {
        ctx.addIssue({ code: "custom", path: ["headers", issue.index, "name"], message: issue.message });
      }
      if (requireSecrets) {
        input.headers.forEach((header, index) => {
          if (header.secret && header.value === SECRET_MASK) {
            ctx.addIssue({ code: "custom", path: ["headers", index, "value"], message: "Enter the secret value" });
          }
        });
      }
    }
    if (requireSecrets && input.queryParams) {
      input.queryParams.forEach((param, index) => {
        if (param.secret && param.value === SECRET_MASK) {
          ctx.addIssue({ code: "custom", path: ["queryParams", index, "value"], message: "Enter the secret value" });
        }
      });
    }
    if (requireSecrets && input.auth) {
      const field = { basic: "password", bearer: "token", custom_header: "value" } as const;
      const auth = input.auth;
      if (auth.type === "basic" || auth.type === "bearer" || auth.type === "custom_header") {
        const key = field[auth.type];
        const value = (auth as Record<string, string | undefined>)[key];
        if (value === undefined || value === SECRET_MASK || (auth.type !== "basic" && value === "")) {
          ctx.addIssue({
            code: "custom",
            path: ["auth", key],
            message: `${key[0]!.toUpperCase()}${key.slice(1)} is required`,
          });
        }
      }
    }
  };
}

/** Why a body template cannot be sent as the given body type, or null. Exported for the form's live check. */
export function bodyTemplateProblem(bodyType: (typeof BODY_TYPES)[number], template: string): string | null {
  if (bodyType !== "json" && bodyType !== "form") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(withPlaceholdersNulled(template));
  } catch (error) {
    return `Body is not valid JSON: ${(error as Error).message}`;
  }
  if (bodyType === "form" && (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))) {
    return "A form body is written as a JSON object of field names and values";
  }
  return null;
}

export const createConnectorSchema = connectorBaseSchema
  .extend({
    description: baseShape.description.default(""),
    method: baseShape.method.default("POST"),
    bodyType: baseShape.bodyType.default("json"),
    bodyTemplate: baseShape.bodyTemplate.default(null),
    auth: connectorAuthSchema.default({ type: "none" }),
    headers: baseShape.headers.default([]),
    queryParams: baseShape.queryParams.default([]),
    timeoutMs: baseShape.timeoutMs.default(DEFAULT_TIMEOUT_MS),
    followRedirects: baseShape.followRedirects.default(false),
    enabled: baseShape.enabled.default(true),
    notifyOnFailure: baseShape.notifyOnFailure.default(false),
  })
  .superRefine(crossFieldChecks(true));

export const updateConnectorSchema = connectorBaseSchema.partial().superRefine(crossFieldChecks(false));

export type CreateConnectorInput = z.infer<typeof createConnectorSchema>;
export type UpdateConnectorInput = z.infer<typeof updateConnectorSchema>;
/** What the form edits before parsing (defaults not yet applied). */
export type ConnectorFormValues = z.input<typeof createConnectorSchema>;

export const variablesSchema = z.record(z.string(), z.unknown());

export const listConnectorsQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    enabled: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
    authType: z.enum(AUTH_TYPES).optional(),
  })
  .extend(paginationSchema.shape);

/** History pages carry full attempts (request and response bodies), so they are smaller by default. */
export const historyQuerySchema = paginationSchema.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListConnectorsQuery = z.infer<typeof listConnectorsQuerySchema>;

/**
 * Test and Execute render with the same variable model as every other call: `payload` is the sample body
 * ({{payload.*}}), `eventType` fills {{event.type}}. `variables` is the earlier form: its names are available as
 * they are ({{orderId}}) and, when no payload is given, also serve as the payload.
 */
export const runInputShape = {
  payload: z.unknown().optional(),
  eventType: z.string().max(200).optional(),
  variables: variablesSchema.default({}),
};
export const executeConnectorBodySchema = z.object(runInputShape);
export type RunInput = z.infer<typeof executeConnectorBodySchema>;

export const testUnsavedConnectorBodySchema = z.object({
  /** When editing a saved connector: secrets left masked are taken from it. */
  connectorId: z.uuid().optional(),
  connector: z.unknown(),
  ...runInputShape,
});

/** Path parameter {id}; malformed ids are answered 404 by the services, like unknown ones. */
export const connectorIdParamsSchema = z.object({ id: z.string() });

export const revealSecretBodySchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("auth") }),
  z.object({ field: z.literal("header"), name: headerNameSchema }),
  z.object({ field: z.literal("queryParam"), name: z.string().min(1).max(256) }),
  z.object({ field: z.literal("verificationToken") }),
  z.object({ field: z.literal("signingSecret") }),
]);
export type RevealSecretInput = z.infer<typeof revealSecretBodySchema>;
