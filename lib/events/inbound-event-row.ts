// The row of an inbound event, built in one place for the trigger receive path and app webhooks alike, accepted or
// refused: the parts a caller knows in, the stored shape (lib/events/store-event.ts) out.
import type { Fields } from "../inbound/fields";
import type { RecordedAnswer } from "../inbound/receipt";
import type { KeptBody } from "../inbound/received-body";
import type { InboundEventRow } from "./store-event";

/** Idempotency keys are cut to the column's width. */
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export interface InboundEventFields {
  id: string;
  workspaceId: string;
  /** Where it came in: exactly one of the two. */
  receiver: { triggerId: string } | { appWebhookId: string };
  method: string;
  query: Fields;
  /** As they will be stored: credentials already redacted. */
  headers: Record<string, string>;
  contentType: string | null;
  sourceIp: string | null;
  verification: string;
  /**
   * The body read, when it was: its size, and how it is kept (null when it is not kept: an unauthenticated body is
   * nobody's data). Absent when the body was never read (a refused method): size 0, the declared length stays in
   * the headers.
   */
  body?: { sizeBytes: number; kept: KeptBody | null };
  /** The caller's idempotency key (null when none applies), unique within the receiver's scope. */
  idempotencyKey: string | null;
  answer: RecordedAnswer;
}

export function inboundEventRow(fields: InboundEventFields): InboundEventRow {
  const kept = fields.body?.kept ?? null;
  const triggerId = "triggerId" in fields.receiver ? fields.receiver.triggerId : null;
  const appWebhookId = "appWebhookId" in fields.receiver ? fields.receiver.appWebhookId : null;
  const key = fields.idempotencyKey;
  return {
    id: fields.id,
    workspaceId: fields.workspaceId,
    source: triggerId ? "trigger" : "app_webhook",
    triggerId,
    appWebhookId,
    method: fields.method,
    query: fields.query,
    headers: fields.headers,
    rawBody: kept?.rawBody ?? null,
    rawBytes: kept?.rawBytes ?? null,
    body: kept?.body ?? null,
    bodyRawOnly: kept?.bodyRawOnly ?? false,
    contentType: fields.contentType,
    sizeBytes: fields.body?.sizeBytes ?? 0,
    idempotencyScope: key ? (triggerId ? `trigger:${triggerId}` : `app_webhook:${appWebhookId}`) : null,
    idempotencyKey: key?.slice(0, MAX_IDEMPOTENCY_KEY_LENGTH) ?? null,
    sourceIp: fields.sourceIp,
    verification: fields.verification,
    responseStatus: fields.answer.status,
    responseBody: fields.answer.body,
  };
}
