// Authenticating an inbound call over the raw bytes, before anything is parsed, in constant time. A trigger has
// one current secret and, for a grace period after a rotation, the previous one: either passes.
import { createHmac } from "node:crypto";
import { safeEqual } from "../crypto/tokens";

export type TriggerAuthType = "shared_key" | "github" | "stripe" | "slack" | "standard";

export const SIGNATURE_TOLERANCE_SECONDS = 300;
export const SHARED_KEY_HEADER = "x-switchboard-key";

export interface InboundCredentials {
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** ?key= from the URL. */
  queryKey: string | null;
  rawBody: Buffer;
}

export type Verification = { ok: true; method: string } | { ok: false; reason: string };

export function verifyInbound(
  authType: TriggerAuthType,
  secrets: string[],
  request: InboundCredentials,
  nowSeconds = Math.floor(Date.now() / 1000),
): Verification {
  switch (authType) {
    case "shared_key":
      return verifySharedKey(secrets, request);
    case "github":
      return verifyGithub(secrets, request);
    case "stripe":
      return verifyStripe(secrets, request, nowSeconds);
    case "slack":
      return verifySlack(secrets, request, nowSeconds);
    case "standard":
      return verifyStandardWebhooks(secrets, request, nowSeconds);
  }
}

const hmac = (key: string | Buffer, data: string | Buffer, encoding: "hex" | "base64") =>
  createHmac("sha256", key).update(data).digest(encoding);

const anyEqual = (candidates: string[], expected: string[]) =>
  // Every comparison runs, so timing does not tell which secret or signature came close.
  candidates.map((candidate) => expected.map((value) => safeEqual(candidate, value)).some(Boolean)).some(Boolean);

function verifySharedKey(secrets: string[], request: InboundCredentials): Verification {
  const presented = request.headers[SHARED_KEY_HEADER] ?? request.queryKey;
  if (!presented) return { ok: false, reason: "no key: send ?key= or the X-Switchboard-Key header" };
  return anyEqual([presented], secrets)
    ? { ok: true, method: "shared_key" }
    : { ok: false, reason: "the key does not match" };
}

/** GitHub: X-Hub-Signature-256: sha256=<hex HMAC of the raw body>. */
function verifyGithub(secrets: string[], request: InboundCredentials): Verification {
  const header = request.headers["x-hub-signature-256"];
  if (!header?.startsWith("sha256=")) return { ok: false, reason: "missing X-Hub-Signature-256" };
  const expected = secrets.map((secret) => `sha256=${hmac(secret, request.rawBody, "hex")}`);
  return anyEqual([header], expected) ? { ok: true, method: "github" } : { ok: false, reason: "signature mismatch" };
}

/** Stripe: Stripe-Signature: t=<unix>,v1=<hex>[,v1=…] over "{t}.{raw body}"; any v1 may match. */
function verifyStripe(secrets: string[], request: InboundCredentials, nowSeconds: number): Verification {
  const header = request.headers["stripe-signature"];
  if (!header) return { ok: false, reason: "missing Stripe-Signature" };
  const parts = header.split(",").map((part) => part.trim().split("=") as [string, string]);
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  const signatures = parts.filter(([key]) => key === "v1").map(([, value]) => value);
  if (!Number.isFinite(timestamp) || signatures.length === 0)
    return { ok: false, reason: "malformed Stripe-Signature" };
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: "timestamp outside the 300 s tolerance" };
  const payload = Buffer.concat([Buffer.from(`${timestamp}.`), request.rawBody]);
  const expected = secrets.map((secret) => hmac(secret, payload, "hex"));
  return anyEqual(signatures, expected) ? { ok: true, method: "stripe" } : { ok: false, reason: "signature mismatch" };
}

/** Slack: X-Slack-Signature: v0=<hex> over "v0:{X-Slack-Request-Timestamp}:{raw body}". */
function verifySlack(secrets: string[], request: InboundCredentials, nowSeconds: number): Verification {
  const signature = request.headers["x-slack-signature"];
  const timestamp = Number(request.headers["x-slack-request-timestamp"]);
  if (!signature || !Number.isFinite(timestamp))
    return { ok: false, reason: "missing X-Slack-Signature or X-Slack-Request-Timestamp" };
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: "timestamp outside the 300 s tolerance" };
  const payload = Buffer.concat([Buffer.from(`v0:${timestamp}:`), request.rawBody]);
  const expected = secrets.map((secret) => `v0=${hmac(secret, payload, "hex")}`);
  return anyEqual([signature], expected) ? { ok: true, method: "slack" } : { ok: false, reason: "signature mismatch" };
}

/**
 * Standard Webhooks: webhook-signature "v1,<base64>" (space separated) over "{id}.{timestamp}.{raw body}". Svix
 * sends the same scheme under its older names (svix-id, svix-timestamp, svix-signature); either set is accepted.
 */
function verifyStandardWebhooks(secrets: string[], request: InboundCredentials, nowSeconds: number): Verification {
  const id = standardWebhookHeader(request.headers, "id");
  const timestamp = Number(standardWebhookHeader(request.headers, "timestamp"));
  const header = standardWebhookHeader(request.headers, "signature");
  if (!id || !Number.isFinite(timestamp) || !header)
    return { ok: false, reason: "missing webhook-id, webhook-timestamp or webhook-signature" };
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: "timestamp outside the 300 s tolerance" };
  const signatures = header
    .split(" ")
    .filter((item) => item.startsWith("v1,"))
    .map((item) => item.slice(3));
  const payload = Buffer.concat([Buffer.from(`${id}.${timestamp}.`), request.rawBody]);
  const expected = secrets.map((secret) => {
    const key = Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
    return hmac(key, payload, "base64");
  });
  return anyEqual(signatures, expected)
    ? { ok: true, method: "standard" }
    : { ok: false, reason: "signature mismatch" };
}

/** A Standard Webhooks header by its current name (webhook-*) or Svix's older one (svix-*). */
export function standardWebhookHeader(
  headers: Record<string, string | undefined>,
  name: "id" | "timestamp" | "signature",
): string | undefined {
  return headers[`webhook-${name}`] ?? headers[`svix-${name}`];
}

/**
 * Slack's Events API checks a new request URL with a signed `{"type":"url_verification","challenge":…}` POST and
 * needs the challenge back (https://api.slack.com/events/url_verification). Returns the answer to send, or null
 * when the body is anything else. Only called for a verified Slack request.
 */
export function slackUrlVerificationAnswer(body: unknown): { challenge: string } | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const { type, challenge } = body as Record<string, unknown>;
  return type === "url_verification" && typeof challenge === "string" ? { challenge } : null;
}
