// The CRM "Create a Webhook" request body (POST /api/v2/webhooks), field names and casing as the CRM documents
// them. Booleans and the event number are also accepted as strings, which CRM clients commonly send.
import { z } from "zod";
import { HEADER_NAME_PATTERN, reservedHeaderMessage } from "../../connectors/header-rules";
import { hasUserinfo, URL_USERINFO_MESSAGE } from "../../http/url-userinfo";

export const CRM_CONTENT_TYPES = ["application/json", "application/x-www-form-urlencoded", "text/plain"] as const;
export const MAX_CUSTOM_HEADERS = 10;

const crmBoolean = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

const httpUrl = z
  .string()
  .trim()
  .max(2048, "must be at most 2048 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL");

const customHeaderSchema = z.object({
  Key: z
    .string()
    .trim()
    .min(1, { error: "is required", abort: true })
    .max(128, "must be at most 128 characters")
    .regex(HEADER_NAME_PATTERN, "may contain letters, digits and !#$%&'*+-.^_`|~ only")
    .refine((name) => reservedHeaderMessage(name) === null, "is set by the HTTP client and cannot be configured"),
  Value: z
    .string()
    .max(1024, "must be at most 1024 characters")
    .refine((value) => !/[\r\n\0]/.test(value), "cannot contain line breaks"),
});

export const crmWebhookSchema = z
  .object({
    Description: z.string().max(2000, "must be at most 2000 characters").nullish(),
    URL: httpUrl.refine((url) => !hasUserinfo(url), URL_USERINFO_MESSAGE),
    Method: z.string().toUpperCase().pipe(z.literal("POST", 'must be "POST"')).optional(),
    ContentType: z
      .enum(CRM_CONTENT_TYPES, `must be one of ${CRM_CONTENT_TYPES.join(", ")}`)
      .default("application/json"),
    WebhookEvent: z
      .union(
        [
          z.int().min(0).max(2_147_483_647),
          z
            .string()
            .trim()
            .regex(/^\d{1,9}$/, "must be the number of an event"),
        ],
        "must be the number of an event",
      )
      .transform(Number),
    IsSpecificLandingPage: crmBoolean.default(false),
    /** A list, or one comma-separated string. */
    LandingPageUrls: z
      .union([
        z.array(httpUrl).max(100, "at most 100 URLs"),
        z
          .string()
          .transform((text) =>
            text
              .split(",")
              .map((url) => url.trim())
              .filter(Boolean),
          )
          .pipe(z.array(httpUrl).max(100, "at most 100 URLs")),
      ])
      .nullish(),
    NotifyOnFailure: crmBoolean.default(false),
    // Accepted for compatibility; the CRM uses it to narrow activity/opportunity events, which our filters do instead.
    WebhookProperties: z.unknown().optional(),
    CustomHeaders: z
      .array(customHeaderSchema)
      .max(MAX_CUSTOM_HEADERS, `You can add up to ${MAX_CUSTOM_HEADERS} custom headers`)
      .nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.IsSpecificLandingPage && !input.LandingPageUrls?.length) {
      ctx.addIssue({
        code: "custom",
        path: ["LandingPageUrls"],
        message: "is required when IsSpecificLandingPage is true",
      });
    }
  });
export type CrmWebhookInput = z.output<typeof crmWebhookSchema>;
