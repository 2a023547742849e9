// Settings → Network: the allowlist of private hosts and ranges the outbound guard lets through. Each entry is read by
// the guard's own parser (parseAllowlistEntry): an address or CIDR, or a host name / "*.domain" pattern, each with
// an optional :port or :from-to; anything else is refused here rather than silently never matching.
import { z } from "zod";
import { parseAllowlistEntry } from "../http/ssrf";

/** Why an entry cannot be used, or null when the guard will read it as intended. */
export function allowlistEntryProblem(raw: string): string | null {
  const entry = parseAllowlistEntry(raw);
  return "problem" in entry ? entry.problem : null;
}

export const allowlistEntrySchema = z
  .string()
  .trim()
  .max(260)
  .superRefine((value, context) => {
    const problem = allowlistEntryProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value.toLowerCase());

export const networkSettingsSchema = z.object({
  allowlist: z.array(allowlistEntrySchema).max(200, "At most 200 entries"),
});
export type NetworkSettings = z.infer<typeof networkSettingsSchema>;
export type NetworkSettingsInput = z.input<typeof networkSettingsSchema>;

export const checkAddressBodySchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter a URL")
    .refine(
      (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
      "Enter an http:// or https:// URL",
    ),
});

export const addressCheckSchema = z
  .object({
    host: z.string(),
    addresses: z.array(z.object({ address: z.string(), allowed: z.boolean(), reason: z.string() })),
  })
  .meta({ id: "AddressCheck", description: "Whether connectors may call each address a host resolves to, and why" });
export type AddressCheck = z.infer<typeof addressCheckSchema>;

/** Settings → Network as the API answers it (lib/network/network-settings.ts). */
export const networkSettingsViewSchema = z
  .object({
    allowlist: networkSettingsSchema.shape.allowlist.describe("Private addresses and hosts connectors may call"),
    environmentAllowlist: z
      .array(z.string())
      .describe("SWITCHBOARD_ALLOW_PRIVATE's entries: they apply too, changed only in the server's configuration"),
  })
  .meta({ id: "NetworkSettings" });
