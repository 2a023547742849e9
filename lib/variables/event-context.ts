// The CallContext of a stored event: what its deliveries render from when nothing was stored with them (published
// events), and what Preview renders a stored event with. Trigger and app webhook events name their source's
// aliases (the trigger's variable names, the webhook's props), read now.
import { callContext, type CallContext, type CallSource, type TriggerNaming } from "./call-variables";

export interface StoredEventParts {
  id: string;
  type: string | null;
  source: string;
  receivedAt: Date | string | null;
  method: string | null;
  headers: unknown;
  query: unknown;
  body: unknown;
}

export function eventCallContext(
  event: StoredEventParts,
  origin: { trigger?: TriggerNaming | null; webhook?: { uuid: string; action: string; props: unknown } | null } = {},
): CallContext {
  const receivedAt = event.receivedAt instanceof Date ? event.receivedAt.toISOString() : event.receivedAt;
  return callContext({
    payload: event.body,
    event: { id: event.id, type: event.type, source: event.source as CallSource, receivedAt, method: event.method },
    headers: isRecord(event.headers) ? (event.headers as Record<string, string>) : {},
    query: isRecord(event.query) ? (event.query as Record<string, string | string[]>) : {},
    props: origin.webhook?.props ?? null,
    ...(origin.trigger ? { trigger: origin.trigger } : {}),
    ...(origin.webhook ? { webhook: { uuid: origin.webhook.uuid, action: origin.webhook.action } } : {}),
  });
}

function isRecord(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
