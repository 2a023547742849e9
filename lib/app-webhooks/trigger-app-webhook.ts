// POST /api/apps/{app_uuid}/webhooks/{webhook_uuid}: the webhook uuid is the credential. The request is stored as
// an event (source app_webhook) together with one delivery per connector of the listener its `action` names, in
// one statement, and answered after commit; the delivery workers call the connectors with the variable model
// (lib/variables): {{payload}} and its documented alias {{event}} are the request body, {{props}} the webhook's.
import { z } from "zod";
import { db } from "../db";
import { notifySoon } from "../db/notify-soon";
import { DELIVERY_CHANNEL, STREAM_CHANNEL } from "../db/channels";
import { messageIdFor } from "../core/ids";
import { uuidv7 } from "../core/ids";
import { answers } from "../triggers/receive";
import { parseInboundBody } from "../inbound/parse-body";
import { storeInboundEvent } from "../events/store-event";
import { listenerActions } from "../app-webhooks/listener-actions";
import { keptBody } from "../inbound/received-body";
import { CREDENTIAL_HEADERS, redactHeaders } from "../inbound/received-request";
import { callContext } from "../variables";

export interface AppWebhookRequestMeta {
  method: string;
  /** Lower-cased names. */
  headers: Record<string, string>;
  query: Record<string, string | string[]>;
  sourceIp: string | null;
}

export interface AppWebhookAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const APP_WEBHOOK_RATE_LIMIT = { count: 100, windowMs: 1000 };

const isUuid = (value: string) => z.uuid().safeParse(value).success;

async function findWebhook(appUuid: string, webhookUuid: string) {
  if (!isUuid(appUuid) || !isUuid(webhookUuid)) return null;
  return db().appWebhook.findFirst({
    where: { id: webhookUuid, workspaceId: appUuid },
    select: { id: true, workspaceId: true, action: true, props: true },
  });
}

export async function triggerAppWebhook(
  appUuid: string,
  webhookUuid: string,
  rawBody: Buffer,
  contentType: string | null,
  meta: AppWebhookRequestMeta,
): Promise<AppWebhookAnswer> {
  const webhook = await findWebhook(appUuid, webhookUuid);
  if (!webhook) return { status: 404, body: answers.notFound };

  const parsed = parseInboundBody(contentType ?? undefined, rawBody);
  const actions = parsed.ok ? await listenerActions(webhook.workspaceId, webhook.action) : [];
  const [status, answer] = parsed.ok ? [200, answers.accepted(actions.length > 0)] : [400, answers.invalidFormat];
  // Kept byte for byte; the parsed form only where jsonb can hold it (otherwise the worker parses {{payload}} again
  // from the exact bytes).
  const kept = keptBody(rawBody, parsed.ok ? parsed : null);
  const body = kept.body;
  const idempotencyKey = parsed.ok ? (meta.headers["idempotency-key"] ?? null) : null;
  const eventId = uuidv7();
  const storedHeaders = redactHeaders(meta.headers, CREDENTIAL_HEADERS);

  const result = await storeInboundEvent(
    {
      id: eventId,
      workspaceId: webhook.workspaceId,
      source: "app_webhook",
      triggerId: null,
      appWebhookId: webhook.id,
      method: meta.method,
      query: meta.query,
      headers: storedHeaders,
      rawBody: kept.rawBody,
      rawBytes: kept.rawBytes,
      body,
      bodyRawOnly: kept.bodyRawOnly,
      contentType,
      sizeBytes: rawBody.length,
      idempotencyScope: idempotencyKey ? `app_webhook:${webhook.id}` : null,
      idempotencyKey: idempotencyKey?.slice(0, 255) ?? null,
      sourceIp: meta.sourceIp,
      verification: "ok:webhook_uuid",
      responseStatus: status,
      responseBody: answer,
    },
    {
      messageId: messageIdFor(eventId),
      variables: actions.length > 0 ? callContext({
        payload: body,
        event: { id: eventId, type: webhook.action, source: "app_webhook", receivedAt: new Date().toISOString(), method: meta.method },
        headers: storedHeaders,
        query: meta.query,
        props: webhook.props,
        webhook: { uuid: webhook.id, action: webhook.action },
      }) : undefined,
      actions,
    },
    // The uuid is the only credential: cap what one leaked URL can write.
    { key: `app-webhook:${webhook.id}`, ...APP_WEBHOOK_RATE_LIMIT },
  );
  if (result.outcome === "rate_limited") {
    return { status: 429, body: answers.tooMany, headers: { "retry-after": String(result.retryAfterSeconds) } };
  }
  if (result.outcome === "duplicate") return { status: result.responseStatus, body: result.responseBody };
  if (result.outcome === "stored" && result.deliveries > 0) notifySoon(DELIVERY_CHANNEL);
  notifySoon(STREAM_CHANNEL);
  return { status, body: answer };
}

/** Only POST triggers a webhook; any other method is answered 405 and stored as a refused request, body unread. */
export async function refuseAppWebhookMethod(appUuid: string, webhookUuid: string, meta: AppWebhookRequestMeta): Promise<AppWebhookAnswer> {
  const webhook = await findWebhook(appUuid, webhookUuid);
  if (!webhook) return { status: 404, body: answers.notFound };
  const eventId = uuidv7();
  const result = await storeInboundEvent(
    {
      id: eventId,
      workspaceId: webhook.workspaceId,
      source: "app_webhook",
      triggerId: null,
      appWebhookId: webhook.id,
      method: meta.method,
      query: meta.query,
      headers: redactHeaders(meta.headers, CREDENTIAL_HEADERS),
      rawBody: null,
      rawBytes: null,
      body: null,
      bodyRawOnly: false,
      contentType: meta.headers["content-type"] ?? null,
      sizeBytes: 0,
      idempotencyScope: null,
      idempotencyKey: null,
      sourceIp: meta.sourceIp,
      verification: `not checked: ${meta.method} is not allowed`,
      responseStatus: 405,
      responseBody: answers.methodNotAllowed,
    },
    { messageId: messageIdFor(eventId), actions: [] },
    { key: `app-webhook:${webhook.id}`, ...APP_WEBHOOK_RATE_LIMIT },
  );
  if (result.outcome === "rate_limited") {
    return { status: 429, body: answers.tooMany, headers: { "retry-after": String(result.retryAfterSeconds) } };
  }
  notifySoon(STREAM_CHANNEL);
  return { status: 405, body: answers.methodNotAllowed, headers: { allow: "POST" } };
}
