// Standard Webhooks signing (what Switchboard sends): webhook-signature = "v1,<base64 HMAC-SHA256>" over
// "{id}.{timestamp}.{body}", one signature per active secret, space separated. Secrets look like "whsec_<base64>".
import { createHmac, randomBytes } from "node:crypto";

export const SIGNING_SECRET_PREFIX = "whsec_";

export function generateSigningSecret(): string {
  return SIGNING_SECRET_PREFIX + randomBytes(24).toString("base64");
}

function secretBytes(secret: string): Buffer {
  const encoded = secret.startsWith(SIGNING_SECRET_PREFIX) ? secret.slice(SIGNING_SECRET_PREFIX.length) : secret;
  return Buffer.from(encoded, "base64");
}

export function signStandardWebhook(
  secret: string,
  id: string,
  timestampSeconds: number,
  body: string | Uint8Array,
): string {
  const mac = createHmac("sha256", secretBytes(secret))
    .update(`${id}.${timestampSeconds}.`)
    .update(body)
    .digest("base64");
  return `v1,${mac}`;
}

/** The three headers for one message; every secret given (current, then the rotated-out one) adds a signature. */
export function standardWebhookHeaders(
  secrets: string[],
  id: string,
  body: string | Uint8Array,
  timestampSeconds = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestampSeconds),
    "webhook-signature": secrets.map((secret) => signStandardWebhook(secret, id, timestampSeconds, body)).join(" "),
  };
}
