// The receive fast path's Node adapter: POST /api/webhook/{workspace}/{trigger} and /api/hooks/{triggerId}, over
// Node's request and response, served straight by the production server (and as a Pages Router API route under
// next dev). Order: find the trigger, check method and size, read the body, hand it to the domain
// (lib/triggers/receive.ts: authenticate, store, enqueue), answer its receipt. Nothing a sender posts is a 500.
import type { IncomingMessage, ServerResponse } from "node:http";
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "../../db/unavailable";
import { env } from "../../env";
import { lastForwardedAddress } from "../../auth/authenticate";
import { logger } from "../../core/logger";
import { readCappedBody } from "../../http/read-body";
import { textCanHold } from "../../db/jsonb-safe";
import {
  receiveTriggerRequest,
  refuseUnreadTriggerRequest,
  type TriggerRequest,
  type UnreadRefusal,
} from "../../triggers/receive";
import { findReceivingTrigger, type ReceivingTrigger } from "../../triggers/trigger-cache";
import { answerFor, answerReceipt, answers, cannotStoreNow, type InboundAnswer } from "./answers";

function send(res: ServerResponse, { status, body, headers }: InboundAnswer) {
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
  return (
    lastForwardedAddress(Array.isArray(forwarded) ? forwarded.join(",") : forwarded) || req.socket.remoteAddress || null
  );
}

const requestOf = (req: IncomingMessage, url: URL, method: string): TriggerRequest => ({
  method,
  url,
  headers: flatHeaders(req),
  sourceIp: sourceIp(req),
});

/** Refused before the body was read (or read on): stored, answered, and the connection closed if body is left. */
async function refuseUnread(
  req: IncomingMessage,
  res: ServerResponse,
  request: TriggerRequest,
  trigger: ReceivingTrigger,
  reason: UnreadRefusal,
) {
  const receipt = await refuseUnreadTriggerRequest(trigger, request, reason, answerFor);
  // The unread rest of the body would otherwise hold the connection: the answer closes it.
  if (!req.readableEnded) res.setHeader("connection", "close");
  send(res, answerReceipt(receipt));
}

export async function receiveInbound(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? "/", "http://inbound.local");
    const lookup = parseInboundPath(url.pathname);
    const trigger = lookup ? await findReceivingTrigger(lookup) : null;
    if (!trigger) return send(res, answerReceipt({ outcome: "not_found" }));
    const method = (req.method ?? "GET").toUpperCase();
    const request = requestOf(req, url, method);
    if (!trigger.allowedMethods.includes(method))
      return await refuseUnread(req, res, request, trigger, "method_not_allowed");
    // Over the limit, declared or found while reading (a chunked body has no Content-Length): refused the same way.
    if (Number(req.headers["content-length"] ?? 0) > trigger.maxBodyBytes)
      return await refuseUnread(req, res, request, trigger, "too_large");
    const read = await readCappedBody(req, trigger.maxBodyBytes);
    if (read.tooLarge) return await refuseUnread(req, res, request, trigger, "too_large");
    send(res, answerReceipt(await receiveTriggerRequest(trigger, request, read.bytes, answerFor)));
  } catch (error) {
    if (cannotStoreNow(error, "inbound")) {
      // Nothing was stored: the caller keeps the event and is told when to send it again.
      return send(res, {
        status: 503,
        body: answers.unavailable,
        headers: { "retry-after": String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
      });
    }
    logger.error("inbound receive failed", { url: req.url?.split("?")[0], error });
    send(res, { status: 500, body: answers.internal });
  }
}
