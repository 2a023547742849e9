// Settings → Network: the allowlist of private hosts and ranges the outbound guard lets through. Each entry must be
// something the guard's own parser (parseAllowlist → parseCidr) reads as an address or CIDR, or a host name /
// "*.domain" pattern; anything else would be silently treated as a host name that never matches.
import { z } from "zod";
import { parseCidr } from "../http/ip-address";

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Why an entry cannot be used, or null when the guard will read it as intended. */
export function allowlistEntryProblem(raw: string): string | null {
  const entry = raw.trim().toLowerCase();
  if (!entry) return "Enter a host, *.domain, IP address or CIDR";
  if (parseCidr(entry)) return null;
  if (entry.includes("/")) return `${entry} is not a valid CIDR (address/prefix, e.g. 10.0.0.0/8)`;
  if (entry.includes(":") || /^[\d.]+$/.test(entry)) return `${entry} is not a valid IP address`;
  const host = entry.replace(/\.$/, "");
  const labels = (host.startsWith("*.") ? host.slice(2) : host).split(".");
  if (host.length > 253 || !labels.every((label) => HOST_LABEL.test(label))) {
    return `${entry} is not a host name (letters, digits and hyphens; *. only at the start)`;
  }
  return null;
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
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "Enter an http:// or https:// URL"),
});

export const addressCheckSchema = z.object({
  host: z.string(),
  addresses: z.array(z.object({ address: z.string(), allowed: z.boolean(), reason: z.string() })),
});
export type AddressCheck = z.infer<typeof addressCheckSchema>;
