// Receiving a request on a trigger, the domain half: authenticate over the raw bytes, parse, store the event and its
// action deliveries in one statement, and say what it came to (lib/inbound/receipt.ts). Actions run later through
// the delivery queue. Every request to a known trigger is stored, refused ones too (wrong method, body over the
// limit, bad key, bad body), and an accepted body is kept byte for byte whatever it holds (lib/inbound/received-body.ts). Reading the
// request and answering it is the edge's (lib/api/inbound/receive-trigger.ts).
import { messageIdFor } from "../core/ids";
import { uuidv7 } from "../core/ids";
import type { Fields } from "../inbound/fields";
import type { AnswerFor, InboundReceipt, InboundVerdict } from "../inbound/receipt";
import { keptBody } from "../inbound/received-body";
import { CREDENTIAL_HEADERS, receivedQuery, redactHeaders } from "../inbound/received-request";
import { parseInboundBody } from "../inbound/parse-body";
import { inboundEventRow } from "../events/inbound-event-row";
import { storeInboundEvent } from "../events/store-event";
import { receiptOf } from "../events/inbound-receipt";
import { callContext } from "../variables";
import type { ReceivingTrigger } from "./trigger-cache";
import { SHARED_KEY_HEADER, slackUrlVerificationAnswer, standardWebhookHeader, verifyInbound } from "./verify-request";

/** The trigger's own key is a credential too; signature headers are not (they prove one body, nothing more). */
const REDACTED_HEADERS: ReadonlySet<string> = new Set([...CREDENTIAL_HEADERS, SHARED_KEY_HEADER]);
const REDACTED_QUERY: ReadonlySet<string> = new Set(["key"]);

/** A request as the edge read it. */
export interface TriggerRequest {
  /** Upper-case. */
  method: string;
  url: URL;
  /** Lower-cased names, repeated values joined; none of the server's own. */
  headers: Record<string, string>;
  sourceIp: string | null;
}

const rateLimitOf = (trigger: ReceivingTrigger) =>
  trigger.rateLimit ? { key: `trigger:${trigger.id}`, ...trigger.rateLimit } : null;

/** Why a request was refused before its body was read. */
export type UnreadRefusal = "method_not_allowed" | "too_large";

/**
 * The Events page promises every request: one refused before its body was read (a wrong method, a body over the
 * limit, declared or found while reading) is stored too, its body not kept.
 */
export async function refuseUnreadTriggerRequest(
  trigger: ReceivingTrigger,
  request: TriggerRequest,
  reason: UnreadRefusal,
  answerFor: AnswerFor,
): Promise<InboundReceipt> {
  const verdict: InboundVerdict =
    reason === "method_not_allowed"
      ? { outcome: "refused", reason, allow: trigger.allowedMethods }
      : { outcome: "refused", reason };
  const verification =
    reason === "method_not_allowed"
      ? `not checked: ${request.method} is not allowed`
      : `not checked: the body is over the trigger's limit of ${trigger.maxBodyBytes} bytes`;
  const eventId = uuidv7();
  const result = await storeInboundEvent(
    inboundEventRow({
      id: eventId,
      workspaceId: trigger.workspaceId,
      receiver: { triggerId: trigger.id },
      method: request.method,
      query: receivedQuery(request.url, REDACTED_QUERY),
      headers: redactHeaders(request.headers, REDACTED_HEADERS),
      contentType: request.headers["content-type"] ?? null,
      sourceIp: request.sourceIp,
      verification,
      idempotencyKey: null,
      answer: answerFor(verdict),
    }),
    { messageId: messageIdFor(eventId), actions: [] },
    rateLimitOf(trigger),
  );
  return receiptOf(result, verdict, eventId);
}

/** A request whose body was read whole (within the trigger's limit). */
export async function receiveTriggerRequest(
  trigger: ReceivingTrigger,
  request: TriggerRequest,
  raw: Buffer,
  answerFor: AnswerFor,
): Promise<InboundReceipt> {
  const { headers, method } = request;
  const verification = verifyInbound(trigger.authType, trigger.secrets, {
    headers,
    queryKey: request.url.searchParams.get("key"),
    rawBody: raw,
  });
  const parsed = verification.ok ? parseInboundBody(headers["content-type"], raw) : null;
  const accepted = verification.ok && parsed?.ok === true;
  // Slack's URL check is a handshake, not an event: answered with its challenge, stored, and runs no action.
  const slackChallenge = accepted && trigger.authType === "slack" ? slackUrlVerificationAnswer(parsed.value) : null;
  const actions = accepted && !slackChallenge ? trigger.actions : [];
  const verdict: InboundVerdict = !verification.ok
    ? { outcome: "refused", reason: trigger.authType === "shared_key" ? "bad_key" : "bad_signature" }
    : !parsed?.ok
      ? { outcome: "refused", reason: "bad_format" }
      : slackChallenge
        ? { outcome: "accepted", workflowStarted: false, challenge: slackChallenge }
        : { outcome: "accepted", workflowStarted: actions.length > 0 };

  const storedHeaders = redactHeaders(headers, REDACTED_HEADERS);
  const query: Fields = receivedQuery(request.url, REDACTED_QUERY);
  const eventId = uuidv7();
  const event = inboundEventRow({
    id: eventId,
    workspaceId: trigger.workspaceId,
    receiver: { triggerId: trigger.id },
    method,
    query,
    headers: storedHeaders,
    contentType: headers["content-type"] ?? null,
    sourceIp: request.sourceIp,
    verification: verification.ok ? `ok:${verification.method}` : `failed: ${verification.reason}`,
    // An unauthenticated body is not kept: it is nobody's data. A body that does not parse is kept raw.
    body: { sizeBytes: raw.length, kept: verification.ok ? keptBody(raw, parsed?.ok ? parsed : null) : null },
    idempotencyKey: verification.ok
      ? (headers["idempotency-key"] ?? standardWebhookHeader(headers, "id") ?? null)
      : null,
    answer: answerFor(verdict),
  });
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
    rateLimitOf(trigger),
  );
  return receiptOf(result, verdict, eventId);
}
