// The publish fast path's Node adapter: POST /api/v1/events with a bearer token, over Node's request and response,
// served by the production (and dev) server before Next's router (lib/api/fast-paths.ts). It takes the route's
// steps in the route's order with the route's own pieces (lib/api/handler.ts, read-json-body.ts, publish-answer.ts),
// so status and body are the route's byte for byte; what it saves is the framework around them, and the
// authentication round trip (the token's grant comes from lib/auth/token-cache.ts, which revocation empties).
import type { IncomingMessage, ServerResponse } from "node:http";
import { bearerToken, clientIp } from "../../auth/authenticate";
import { principalFromApiToken } from "../../auth/api-tokens";
import { cachedApiTokenGrant } from "../../auth/token-cache";
import { readCappedBody } from "../../http/read-body";
import { authorize, errorAnswer, parseBody, parseQuery, type ErrorAnswer } from "../handler";
import { JSON_CONTENT_TYPE, jsonText } from "../json";
import { bodyTooLarge, parseJsonBody, refuseDeclaredOversize } from "../read-json-body";
import { answerPublish, publishOptions } from "./publish-answer";

const PUBLISH_PATH = "/api/v1/events";

/**
 * Bearer publishes only: a cookie publish comes from the dashboard, rare and guarded by the cross-site check, and
 * keeps going through Next. Decided from the request line and headers alone, before a byte of body is read.
 */
export function isBearerPublish(req: IncomingMessage): boolean {
  if (req.method !== "POST" || !req.url?.startsWith(PUBLISH_PATH)) return false;
  const rest = req.url.slice(PUBLISH_PATH.length);
  if (rest !== "" && !rest.startsWith("?")) return false;
  return bearerToken(headerOf(req, "authorization")) !== null;
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

function send(req: IncomingMessage, res: ServerResponse, { status, body, headers }: ErrorAnswer) {
  if (res.headersSent) return;
  const text = jsonText(body);
  // A body refused for its size is left unread: closing is cheaper than draining it to keep the connection.
  const close = status === 413 && !req.readableEnded ? { connection: "close" } : undefined;
  res.writeHead(status, {
    "content-type": JSON_CONTENT_TYPE,
    "content-length": Buffer.byteLength(text),
    ...headers,
    ...close,
  });
  res.end(text);
}

export async function publishFastPath(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const headers = { get: (name: string) => headerOf(req, name.toLowerCase()) };
    const { maxBodyBytes } = publishOptions;
    refuseDeclaredOversize(headers, maxBodyBytes);
    // No cross-site check: a bearer token is a credential no other site can make a browser attach.
    const token = bearerToken(headers.get("authorization")) ?? "";
    const principal = await principalFromApiToken(token, cachedApiTokenGrant);
    authorize(principal, publishOptions.access);
    const query = parseQuery(new URL(req.url ?? "/", "http://publish.local").searchParams, publishOptions.query);
    const read = await readCappedBody(req, maxBodyBytes);
    if (read.tooLarge) throw bodyTooLarge(maxBodyBytes);
    const { value, text } = parseJsonBody(read.bytes, headers.get("content-type"));
    const body = parseBody(value, publishOptions.body, publishOptions.contentFields);
    const answer = await answerPublish({
      principal: principal!,
      query,
      body,
      bodyText: text,
      idempotencyKey: headers.get("idempotency-key"),
      ip: clientIp(headers),
    });
    send(req, res, answer);
  } catch (error) {
    send(req, res, errorAnswer(error));
  }
}
