// The publish fast path's Node adapter: POST /api/v1/events with a bearer token, over Node's request and response,
// served by the production (and dev) server before Next's router (lib/api/fast-paths.ts). It takes the route's
// steps in the route's order with the route's own pieces (lib/api/handler.ts, read-json-body.ts, publish-answer.ts),
// so status and body are the route's byte for byte; what it saves is the framework around them and every round trip
// but the write: the token's grant (lib/auth/token-cache.ts) and the type's subscriptions (lib/events/publish-plan.ts)
// come from caches that changes empty at once in every process, so a publish is the one statement that counts the
// token's rate-limit hit and stores the event with its deliveries (lib/events/store-event.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { bearerToken, clientIp } from "../../auth/authenticate";
import {
  loadApiTokenGrant,
  principalFromApiToken,
  principalOf,
  tokenRequestBudget,
  type ApiTokenGrant,
} from "../../auth/api-tokens";
import { sha256Hex } from "../../crypto/tokens";
import { cachedApiTokenGrant } from "../../auth/token-cache";
import { cachedPublishPlan } from "../../events/publish-plan";
import { quickPublishInput } from "../../events/schema";
import { assertStorable } from "../storable-input";
import { readCappedBody } from "../../http/read-body";
import { authorize, errorAnswer, parseBody, parseQuery, type ErrorAnswer } from "../handler";
import { JSON_CONTENT_TYPE, jsonText } from "../json";
import { bodyTooLarge, parseJsonBody, refuseDeclaredOversize } from "../read-json-body";
import { answerPublish, publishOptions, StaleTokenGrant, type PublishRequest } from "./publish-answer";

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

// A body refused before it was read (or read on) is left to Node, which discards the rest after the answer and
// keeps the connection, as it does for the Next route: closing with unread bytes would reset the connection and
// could lose the 413 before the client reads it.
function send(res: ServerResponse, { status, body, headers }: ErrorAnswer) {
  if (res.headersSent) return;
  const text = jsonText(body);
  res.writeHead(status, { "content-type": JSON_CONTENT_TYPE, "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * Only a grant that lets the caller publish is taken from the cache, and the storing statement re-checks it; a
 * refusal is always the database's word (a creator promoted a moment ago is not refused on a stale grant).
 */
async function publishingGrant(tokenHash: string): Promise<ApiTokenGrant | null> {
  const cached = await cachedApiTokenGrant(tokenHash);
  return cached?.role === "admin" ? cached : loadApiTokenGrant(tokenHash);
}

/**
 * Stores on the cached grant; if the statement finds the token may no longer publish (a change whose notification
 * is still in flight), nothing was stored and the database's grant answers: 401 or 403, or, if it was restored in
 * between, the publish is made again on it.
 */
async function publishOnGrant(request: PublishRequest, token: string): Promise<{ status: number; body: unknown }> {
  try {
    return await answerPublish(request);
  } catch (error) {
    if (!(error instanceof StaleTokenGrant)) throw error;
    const grant = await loadApiTokenGrant(sha256Hex(token));
    const principal = grant && principalOf(grant);
    authorize(principal, publishOptions.access);
    // The refused statement counted the token's hit already.
    return answerPublish({ ...request, principal: principal!, apiTokenId: undefined, rateLimit: null });
  }
}

export async function publishFastPath(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const headers = { get: (name: string) => headerOf(req, name.toLowerCase()) };
    const { maxBodyBytes } = publishOptions;
    refuseDeclaredOversize(headers, maxBodyBytes);
    // No cross-site check: a bearer token is a credential no other site can make a browser attach.
    const token = bearerToken(headers.get("authorization")) ?? "";
    // The token's request budget is spent by the statement that stores the event (one round trip, not two).
    const principal = await principalFromApiToken(token, publishingGrant, "caller");
    authorize(principal, publishOptions.access);
    const query = parseQuery(new URL(req.url ?? "/", "http://publish.local").searchParams, publishOptions.query);
    const read = await readCappedBody(req, maxBodyBytes);
    if (read.tooLarge) throw bodyTooLarge(maxBodyBytes);
    const { value, text } = parseJsonBody(read.bytes, headers.get("content-type"));
    // The usual body skips the schema's walk of the payload; anything it might refuse goes through the schema.
    const quick = quickPublishInput(value);
    if (quick) assertStorable(value, "request body", publishOptions.contentFields);
    const body = quick ?? parseBody(value, publishOptions.body, publishOptions.contentFields);
    const answer = await publishOnGrant(
      {
        principal: principal!,
        query,
        body,
        bodyText: text,
        idempotencyKey: headers.get("idempotency-key"),
        ip: clientIp(headers),
        apiTokenId: principal!.id,
        planFor: cachedPublishPlan,
        rateLimit: tokenRequestBudget(principal!.id),
      },
      token,
    );
    send(res, answer);
  } catch (error) {
    send(res, errorAnswer(error));
  }
}
