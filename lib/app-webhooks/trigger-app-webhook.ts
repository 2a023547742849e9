// POST /api/apps/{app_uuid}/webhooks/{webhook_uuid}: the webhook uuid is the credential. The request is stored as
// an event (source app_webhook) together with one delivery per connector of the listener its `action` names, in
// one statement, and answered after commit; the delivery workers call the connectors with the variable model
// (lib/variables): {{payload}} and its documented alias {{event}} are the request body, {{props}} the webhook's.
import { z } from "zod";
import { db } from "../db";
import { messageIdFor } from "../core/ids";
import { uuidv7 } from "../core/ids";
import type { Fields } from "../inbound/fields";
import { parseInboundBody } from "../inbound/parse-body";
import type { AnswerFor, InboundReceipt, InboundVerdict } from "../inbound/receipt";
import { inboundEventRow } from "../events/inbound-event-row";
import { receiptOf } from "../events/inbound-receipt";
import { listenerActions } from "./listener-actions";
import { storeInboundEvent } from "../events/store-event";
import { keptBody } from "../inbound/received-body";
import { CREDENTIAL_HEADERS, redactHeaders } from "../inbound/received-request";
import { callContext } from "../variables";

export interface AppWebhookRequestMeta {
  method: string;
  /** Lower-cased names. */
  headers: Record<string, string>;
  query: Fields;
  sourceIp: string | null;
}

export const APP_WEBHOOK_RATE_LIMIT = { count: 100, windowMs: 1000 };

export const APP_WEBHOOK_METHODS: readonly string[] = ["POST"];

const isUuid = (value: string) => z.uuid().safeParse(value).success;

async function findWebhook(appUuid: string, webhookUuid: string) {
  if (!isUuid(appUuid) || !isUuid(webhookUuid)) return null;
  return db().appWebhook.findFirst({
    where: { id: webhookUuid, workspaceId: appUuid },
    select: { id: true, workspaceId: true, action: true, props: true },
  });
}

/** A POST whose body was read whole (within MAX_APP_WEBHOOK_BODY_BYTES). */
export async function triggerAppWebhook(
  appUuid: string,
  webhookUuid: string,
  rawBody: Buffer,
  contentType: string | null,
  meta: AppWebhookRequestMeta,
  answerFor: AnswerFor,
): Promise<InboundReceipt> {
  const webhook = await findWebhook(appUuid, webhookUuid);
  if (!webhook) return { outcome: "not_found" };

  const parsed = parseInboundBody(contentType ?? undefined, rawBody);
  const actions = parsed.ok ? await listenerActions(webhook.workspaceId, webhook.action) : [];
  const verdict: InboundVerdict = parsed.ok
    ? { outcome: "accepted", workflowStarted: actions.length > 0 }
    : { outcome: "refused", reason: "bad_format" };
  const eventId = uuidv7();
  const storedHeaders = redactHeaders(meta.headers, CREDENTIAL_HEADERS);
  const event = inboundEventRow({
    id: eventId,
    workspaceId: webhook.workspaceId,
    receiver: { appWebhookId: webhook.id },
    method: meta.method,
    query: meta.query,
    headers: storedHeaders,
    contentType,
    sourceIp: meta.sourceIp,
    verification: "ok:webhook_uuid",
    // Kept byte for byte; the parsed form only where jsonb can hold it (otherwise the worker parses {{payload}}
    // again from the exact bytes).
    body: { sizeBytes: rawBody.length, kept: keptBody(rawBody, parsed.ok ? parsed : null) },
    idempotencyKey: parsed.ok ? (meta.headers["idempotency-key"] ?? null) : null,
    answer: answerFor(verdict),
  });

  const result = await storeInboundEvent(
    event,
    {
      messageId: messageIdFor(eventId),
      variables:
        actions.length > 0
          ? callContext({
              payload: event.body,
              event: {
                id: eventId,
                type: webhook.action,
                source: "app_webhook",
                receivedAt: new Date().toISOString(),
                method: meta.method,
              },
              headers: storedHeaders,
              query: meta.query,
              props: webhook.props,
              webhook: { uuid: webhook.id, action: webhook.action },
            })
          : undefined,
      actions,
    },
    // The uuid is the only credential: cap what one leaked URL can write.
    { key: `app-webhook:${webhook.id}`, ...APP_WEBHOOK_RATE_LIMIT },
  );
  return receiptOf(result, verdict, eventId);
}

/** Only POST triggers a webhook; any other method is refused and stored as a refused request, body unread. */
export async function refuseAppWebhookMethod(
  appUuid: string,
  webhookUuid: string,
  meta: AppWebhookRequestMeta,
  answerFor: AnswerFor,
): Promise<InboundReceipt> {
  const webhook = await findWebhook(appUuid, webhookUuid);
  if (!webhook) return { outcome: "not_found" };
  const verdict: InboundVerdict = { outcome: "refused", reason: "method_not_allowed", allow: APP_WEBHOOK_METHODS };
  const eventId = uuidv7();
  const result = await storeInboundEvent(
    inboundEventRow({
      id: eventId,
      workspaceId: webhook.workspaceId,
      receiver: { appWebhookId: webhook.id },
      method: meta.method,
      query: meta.query,
      headers: redactHeaders(meta.headers, CREDENTIAL_HEADERS),
      contentType: meta.headers["content-type"] ?? null,
      sourceIp: meta.sourceIp,
      verification: `not checked: ${meta.method} is not allowed`,
      idempotencyKey: null,
      answer: answerFor(verdict),
    }),
    { messageId: messageIdFor(eventId), actions: [] },
    { key: `app-webhook:${webhook.id}`, ...APP_WEBHOOK_RATE_LIMIT },
  );
  return receiptOf(result, verdict, eventId);
}
