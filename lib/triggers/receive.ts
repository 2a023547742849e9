// The inbound receive path: POST /api/webhook/{workspace}/{trigger} and /api/hooks/{triggerId}. One function over
// Node's request and response, served straight by the production server (and as a Pages Router API route under
// next dev). Order: find the trigger, check method and size, authenticate over the raw bytes, parse, store the
// event and its action deliveries in one statement, answer. Actions run later through the delivery queue.
// Every request to a known trigger is stored, refused ones too (wrong method, body over the limit, bad key, bad
// body), and an accepted body is kept byte for byte whatever it holds (lib/events/received-body.ts): nothing a
// sender posts is a 500.
import type { IncomingMessage, ServerResponse } from "node:http";
import { DELIVERY_CHANNEL, STREAM_CHANNEL } from "../db/channels";
import { notifySoon } from "../db/notify-soon";
import { isDatabaseUnavailable, reportDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../db/unavailable";
import { env } from "../env";
import { lastForwardedAddress } from "../auth/authenticate";
import { messageIdFor } from "../core/ids";
import { uuidv7 } from "../core/ids";
import { logger } from "../core/logger";
import { textCanHold } from "../db/jsonb-safe";
import { keptBody } from "../inbound/received-body";
import { CREDENTIAL_HEADERS, receivedQuery, redactHeaders } from "../inbound/received-request";
import { parseInboundBody } from "../inbound/parse-body";
import { storeInboundEvent, type InboundEventRow } from "../events/store-event";
import { callContext } from "../variables";
import { findReceivingTrigger, type ReceivingTrigger } from "./trigger-cache";
import { SHARED_KEY_HEADER, slackUrlVerificationAnswer, standardWebhookHeader, verifyInbound } from "./verify-request";

/** The trigger's own key is a credential too; signature headers are not (they prove one body, nothing more). */
const REDACTED_HEADERS: ReadonlySet<string> = new Set([...CREDENTIAL_HEADERS, SHARED_KEY_HEADER]);
const REDACTED_QUERY: ReadonlySet<string> = new Set(["key"]);

export const answers = {
  accepted: (started: boolean) => ({ status: "accepted", workflow_started: started }),
  notFound: { error: "Webhook not found" },
  invalidKey: { error: "Invalid shared key" },
  invalidSignature: { error: "Invalid signature" },
  invalidFormat: { error: "Invalid request format" },
  tooLarge: { error: "Payload too large" },
  tooMany: { error: "Too many requests" },
  methodNotAllowed: { error: "Method not allowed" },
  unavailable: { error: "Service unavailable" },
  internal: { error: "Internal server error" },
} as const;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Longer than any slug or id: such a segment names no trigger, and is answered without a query. */
const MAX_SEGMENT_LENGTH = 200;

export function parseInboundPath(pathname: string) {
  const parts: string[] = [];
  for (const part of pathname.split("/").filter(Boolean)) {
    const decoded = decodeSegment(part);
    if (decoded === null) return null;
    parts.push(decoded);
  }
  if (parts[0] !== "api") return null;
  if (parts[1] === "webhook" && parts.length === 4) return { workspaceSlug: parts[2]!, triggerSlug: parts[3]! };
  if (parts[1] === "hooks" && parts.length === 3) return { triggerId: parts[2]! };
  return null;
}

/** Invalid percent-encoding, a NUL or an overlong segment cannot name a trigger: null, answered 404. */
function decodeSegment(part: string): string | null {
  if (part.length > MAX_SEGMENT_LENGTH * 3) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    return null;
  }
  return decoded.length <= MAX_SEGMENT_LENGTH && textCanHold(decoded) ? decoded : null;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith("x-switchboard-remote")) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function sourceIp(req: IncomingMessage): string | null {
  const forwarded = env().SWITCHBOARD_TRUST_PROXY ? req.headers["x-forwarded-for"] : undefined;
  // The same rule as the API's clientIp: the entry the proxy added, not one the client wrote.
  return lastForwardedAddress(Array.isArray(forwarded) ? forwarded.join(",") : forwarded) || req.socket.remoteAddress || null;
}

export async function receiveInbound(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? "/", "http://inbound.local");
    const lookup = parseInboundPath(url.pathname);
    const trigger = lookup ? await findReceivingTrigger(lookup) : null;
    if (!trigger) return send(res, 404, answers.notFound);
    const method = (req.method ?? "GET").toUpperCase();
    if (!trigger.allowedMethods.includes(method)) {
      return await storeRefused(req, res, url, trigger, method, {
        status: 405,
        answer: answers.methodNotAllowed,
        verification: `not checked: ${method} is not allowed`,
        headers: { allow: trigger.allowedMethods.join(", ") },
      });
    }
    // Over the limit, declared or found while reading (a chunked body has no Content-Length): refused the same way.
    const tooLarge = {
      status: 413,
      answer: answers.tooLarge,
      verification: `not checked: the body is over the trigger's limit of ${trigger.maxBodyBytes} bytes`,
    };
    if (Number(req.headers["content-length"] ?? 0) > trigger.maxBodyBytes) {
      return await storeRefused(req, res, url, trigger, method, tooLarge);
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, trigger.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      return await storeRefused(req, res, url, trigger, method, tooLarge);
    }
    await handleBody(req, res, url, trigger, method, raw);
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      // Nothing was stored: the caller keeps the event and is told when to send it again.
      reportDatabaseUnavailable(error, "inbound");
      return send(res, 503, answers.unavailable, { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) });
    }
    logger.error("inbound receive failed", { url: req.url?.split("?")[0], error });
    send(res, 500, answers.internal);
  }
}

interface Refusal {
  status: number;
  answer: unknown;
  verification: string;
  headers?: Record<string, string>;
}

/**
 * The Events page promises every request: one refused before its body was read (a wrong method, a body over the
 * limit) is stored too, its body not kept.
 */
async function storeRefused(req: IncomingMessage, res: ServerResponse, url: URL, trigger: ReceivingTrigger, method: string, refusal: Refusal) {
  const headers = flatHeaders(req);
  const eventId = uuidv7();
  const result = await storeInboundEvent(
    {
      id: eventId,
      workspaceId: trigger.workspaceId,
      source: "trigger",
      triggerId: trigger.id,
      appWebhookId: null,
      method,
      query: receivedQuery(url, REDACTED_QUERY),
      headers: redactHeaders(headers, REDACTED_HEADERS),
      rawBody: null,
      rawBytes: null,
      body: null,
      bodyRawOnly: false,
      contentType: headers["content-type"] ?? null,
      // Not kept: a declared Content-Length stays in the headers (it may be anything).
      sizeBytes: 0,
      idempotencyScope: null,
      idempotencyKey: null,
      sourceIp: sourceIp(req),
      verification: refusal.verification,
      responseStatus: refusal.status,
      responseBody: refusal.answer,
    },
    { messageId: messageIdFor(eventId), actions: [] },
    trigger.rateLimit ? { key: `trigger:${trigger.id}`, ...trigger.rateLimit } : null,
  );
  // The unread rest of the body would otherwise hold the connection: the answer closes it.
  if (!req.readableEnded) res.setHeader("connection", "close");
  if (result.outcome === "rate_limited") {
    return send(res, 429, answers.tooMany, { "retry-after": String(result.retryAfterSeconds) });
  }
  send(res, refusal.status, refusal.answer, refusal.headers);
  notifySoon(STREAM_CHANNEL);
}

async function handleBody(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  trigger: ReceivingTrigger,
  method: string,
  raw: Buffer,
) {
  const headers = flatHeaders(req);
  const verification = verifyInbound(trigger.authType, trigger.secrets, {
    headers,
    queryKey: url.searchParams.get("key"),
    rawBody: raw,
  });
  const parsed = verification.ok ? parseInboundBody(headers["content-type"], raw) : null;
  const accepted = verification.ok && parsed?.ok === true;
  // Slack's URL check is a handshake, not an event: answered with its challenge, stored, and runs no action.
  const slackChallenge = accepted && trigger.authType === "slack" ? slackUrlVerificationAnswer(parsed.value) : null;
  const actions = accepted && !slackChallenge ? trigger.actions : [];
  const [status, answer] = !verification.ok
    ? [401, trigger.authType === "shared_key" ? answers.invalidKey : answers.invalidSignature]
    : !parsed?.ok
      ? [400, answers.invalidFormat]
      : [200, slackChallenge ?? answers.accepted(actions.length > 0)];

  const storedHeaders = redactHeaders(headers, REDACTED_HEADERS);
  const query = receivedQuery(url, REDACTED_QUERY);
  const idempotencyKey = verification.ok ? (headers["idempotency-key"] ?? standardWebhookHeader(headers, "id") ?? null) : null;
  // An unauthenticated body is not kept: it is nobody's data. A body that does not parse is kept raw.
  const kept = verification.ok ? keptBody(raw, parsed?.ok ? parsed : null) : null;
  const eventId = uuidv7();
  const event: InboundEventRow = {
    id: eventId,
    workspaceId: trigger.workspaceId,
    source: "trigger",
    triggerId: trigger.id,
    appWebhookId: null,
    method,
    query,
    headers: storedHeaders,
    rawBody: kept?.rawBody ?? null,
    rawBytes: kept?.rawBytes ?? null,
    body: kept?.body ?? null,
    bodyRawOnly: kept?.bodyRawOnly ?? false,
    contentType: headers["content-type"] ?? null,
    sizeBytes: raw.length,
    idempotencyScope: idempotencyKey ? `trigger:${trigger.id}` : null,
    idempotencyKey: idempotencyKey?.slice(0, 255) ?? null,
    sourceIp: sourceIp(req),
    verification: verification.ok ? `ok:${verification.method}` : `failed: ${verification.reason}`,
    responseStatus: status,
    responseBody: answer,
  };
  // Only deliveries read the variables; without actions there is nothing to serialise. A body jsonb cannot hold is
  // null here; the worker parses it again from the event's exact bytes (lib/delivery/connector-runtime.ts).
  const variables =
    actions.length > 0
      ? callContext({
          payload: event.body,
          event: { id: eventId, type: null, source: "trigger", receivedAt: new Date().toISOString(), method },
          headers: storedHeaders,
          query,
          trigger,
        })
      : undefined;
  const result = await storeInboundEvent(
    event,
    { messageId: messageIdFor(eventId), variables, actions },
    trigger.rateLimit ? { key: `trigger:${trigger.id}`, ...trigger.rateLimit } : null,
  );
  if (result.outcome === "rate_limited") {
    return send(res, 429, answers.tooMany, { "retry-after": String(result.retryAfterSeconds) });
  }
  if (result.outcome === "duplicate") return send(res, result.responseStatus, result.responseBody);
  send(res, status, answer);
  if (result.deliveries > 0) notifySoon(DELIVERY_CHANNEL);
  notifySoon(STREAM_CHANNEL);
}
