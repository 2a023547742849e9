// Publishing: the event and one delivery per matching subscriber are written in one statement, so an accepted
// event is never without its deliveries and a delivery never without its event; the workers are woken after
// commit. The same Idempotency-Key within 24 hours returns the first answer and writes nothing; with a different type
// or payload it is refused (idempotency_key_reused). The result says what happened; the route answers it. The payload is content: its exact source text is stored and
// delivered (lib/events/payload-source.ts), and a payload jsonb cannot hold (a NUL or lone surrogate escape) is
// stored raw only, never refused. Each subscriber's templates are rendered against the event first: one that cannot
// render gets a template_error delivery (nothing sent) and the answer says so, with the missing variables, instead of
// claiming it was queued.
import { messageIdFor } from "../core/ids";
import { AppError } from "../core/errors";
import { notifySoon } from "../db/notify-soon";
import { DELIVERY_CHANNEL, STREAM_CHANNEL } from "../db/channels";
import { scheduleFor } from "../delivery/retry-policy";
import { uuidv7 } from "../core/ids";
import { missingVariablesCheck } from "../connectors/check-templates";
import { matchingSubscriptions, subscriberOf } from "../subscriptions/find-subscribers";
import { TemplateError } from "../templates";
import { callVariables, eventCallContext } from "../variables";
import { MAX_EVENT_PAYLOAD_BYTES, type PublishEventInput } from "./schema";
import { storeInboundEvent } from "./store-event";
import { keptBody } from "../inbound/received-body";
import { memberSource } from "./payload-source";
import { loadPublishPlan, type PublishPlan } from "./publish-plan";

export interface UnrenderableDelivery {
  deliveryId: string;
  connectorId: string;
  connectorName: string;
  missing: string[];
  message: string;
}

/** What publishing stored: the event and its deliveries. */
export interface PublishedEvent {
  id: string;
  type: string;
  /** Deliveries created: queued + unrenderable. */
  deliveries: number;
  queued: number;
  /** Subscribers whose templates cannot render this payload: stored as template_error, nothing sent. */
  unrenderable: UnrenderableDelivery[];
}

export type PublishResult =
  | { outcome: "queued"; event: PublishedEvent }
  /** The Idempotency-Key was used for this same request within 24 hours: nothing new was stored. */
  | { outcome: "duplicate"; firstAnswer: { status: number; event: PublishedEvent } }
  /** `meta.apiTokenId` may no longer publish: nothing was stored, and the caller's grant was out of date. */
  | { outcome: "token_refused" }
  /** Past `meta.rateLimit`: nothing was stored. */
  | { outcome: "rate_limited"; retryAfterSeconds: number };

export async function publishEvent(
  workspaceId: string,
  input: PublishEventInput,
  meta: {
    idempotencyKey?: string | null;
    sourceIp?: string | null;
    source?: "api" | "test";
    /** The request's JSON text, whose `payload` member is kept exactly as written. */
    requestText?: string;
    /**
     * The status the HTTP edge answers this publish with, recorded on the event (the Events page shows it, and a
     * repeated Idempotency-Key gets it again); none when published from code.
     */
    answerStatus?: number;
    /** Publish only while this API token may (checked in the storing statement: the caller's grant is cached). */
    apiTokenId?: string | null;
    /** A limit this publish counts against in the storing statement (the API token's request budget). */
    rateLimit?: { key: string; count: number; windowMs: number } | null;
  } = {},
  /** Where the type and its subscriptions come from: the database, or the fast path's cache (publish-plan.ts). */
  planFor: (workspaceId: string, typeKey: string) => Promise<PublishPlan | null> = loadPublishPlan,
): Promise<PublishResult> {
  const payloadText =
    (meta.requestText === undefined ? null : memberSource(meta.requestText, "payload")) ??
    JSON.stringify(input.payload);
  const payloadBytes = Buffer.from(payloadText, "utf8");
  const kept = keptBody(payloadBytes, { value: input.payload });
  const sizeBytes = payloadBytes.length;
  if (sizeBytes > MAX_EVENT_PAYLOAD_BYTES) {
    throw new AppError("payload_too_large", `The payload is larger than ${MAX_EVENT_PAYLOAD_BYTES} bytes`);
  }
  const plan = await planFor(workspaceId, input.type);
  if (!plan || plan.archived) {
    throw new AppError("validation_failed", `Unknown event type "${input.type}": create it under Event types first`, [
      { path: "type", message: plan ? "This event type is archived" : "No event type with this key" },
    ]);
  }
  const subscriptions = matchingSubscriptions(plan.subscriptions, input.payload);
  const key = meta.idempotencyKey ?? null;
  const eventId = uuidv7();
  const source = meta.source ?? "api";
  const context = eventCallContext({
    id: eventId,
    type: input.type,
    source,
    receivedAt: new Date(),
    method: null,
    headers: {},
    query: {},
    body: input.payload,
  });
  const actions = subscriptions.map((subscription) => {
    const connector = subscriberOf(subscription);
    const variables = callVariables(context, { connector, rawBody: payloadText, contentType: "application/json" });
    // Keyed by the plan's connector row, which a change replaces (the plan is loaded again).
    const missing = missingVariablesCheck(subscription.connector, { kind: "event" })(variables);
    return {
      connector,
      missing,
      action: {
        connectorId: connector.id,
        deliveryId: uuidv7(),
        bodyTemplate: null,
        maxAttempts: scheduleFor(connector.retrySchedule).length,
        templateError: missing.length > 0 ? new TemplateError(missing).message : null,
      },
    };
  });
  const unrenderable = actions
    .filter((item) => item.missing.length > 0)
    .map((item) => ({
      deliveryId: item.action.deliveryId,
      connectorId: item.connector.id,
      connectorName: item.connector.name,
      missing: item.missing,
      message: item.action.templateError!,
    }));
  const body = {
    id: eventId,
    type: input.type,
    deliveries: subscriptions.length,
    queued: subscriptions.length - unrenderable.length,
    unrenderable,
  };
  const result = await storeInboundEvent(
    {
      id: eventId,
      workspaceId,
      source,
      type: input.type,
      triggerId: null,
      appWebhookId: null,
      method: null,
      query: null,
      headers: {},
      rawBody: kept.rawBody,
      rawBytes: kept.rawBytes,
      body: kept.body,
      bodyRawOnly: kept.bodyRawOnly,
      contentType: "application/json",
      sizeBytes,
      idempotencyScope: key ? "api" : null,
      idempotencyKey: key,
      sourceIp: meta.sourceIp ?? null,
      verification: null,
      responseStatus: meta.answerStatus ?? null,
      responseBody: body,
    },
    {
      messageId: messageIdFor(eventId),
      kind: "event",
      actions: actions.map((item) => item.action),
    },
    meta.rateLimit ?? null,
    meta.apiTokenId ?? null,
  );
  if (result.outcome === "token_refused" || result.outcome === "rate_limited") return result;
  if (result.outcome === "duplicate") {
    // The key names one request: reusing it for another payload is the caller's bug, not a retry (as Stripe does).
    if (!result.sameRequest) {
      throw new AppError(
        "idempotency_key_reused",
        "This Idempotency-Key was already used within 24 hours for a different event; use a new key for a new event",
      );
    }
    return {
      outcome: "duplicate",
      firstAnswer: { status: result.responseStatus, event: result.responseBody as PublishedEvent },
    };
  }
  if (body.queued > 0) notifySoon(DELIVERY_CHANNEL);
  notifySoon(STREAM_CHANNEL);
  return { outcome: "queued", event: body };
}
