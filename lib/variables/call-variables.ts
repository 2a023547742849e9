// The one variable model: every call a connector makes (Test, Execute, event delivery, trigger action, app webhook,
// replay, preview) renders against the same names, built here and nowhere else.
//
//   payload    the body that caused the call (published payload, the trigger's parsed request body, the app
//              webhook's request body, the sample given to Test/Execute)
//   rawBody    that body's text exactly as received; a JSON template whose value is exactly {{payload}} inserts it
//   event      { id, type, source, receivedAt, method } of the event (ids are null for Test/Execute)
//   headers    inbound request headers (credential headers redacted); {} when there was no request
//   query      inbound query parameters; {}
//   props      the app webhook's props; null elsewhere
//   connector  { id, name } of the connector being called
// plus the documented aliases of the same values: a trigger's configured header/body variable names
// (`requestHeaders`/`requestBody` by default) and `trigger`; for app webhooks `event` is the request body (as the
// app webhook documents) and `webhook` its { uuid, action }. Where an alias and a standard name meet, the alias
// wins, so connectors written before this model render exactly as they did.
//
// Deliveries store a CallContext (JSON) and expand it when they render, so a retry renders with the connector as
// it is now. Rows stored before this model (no `$model`) are legacy variables and render as they always did.
import { RAW_JSON, type RawJsonTexts } from "../templates";

export type CallSource = "api" | "trigger" | "app_webhook" | "test" | "manual";

export interface CallEvent {
  id: string | null;
  type: string | null;
  source: CallSource;
  receivedAt: string | null;
  method: string | null;
}

export interface TriggerNaming {
  id: string;
  name: string;
  slug: string;
  headerVariable: string;
  bodyVariable: string;
}

/** What a delivery stores to render from. */
export interface CallContext {
  $model: 1;
  payload: unknown;
  event: CallEvent;
  headers: Record<string, string>;
  query: Record<string, string | string[]>;
  props: unknown;
  trigger?: TriggerNaming;
  webhook?: { uuid: string; action: string };
  /** Test/Execute variables given the earlier way ({"variables": {...}}): also names of their own. */
  extra?: Record<string, unknown>;
}

/** What only the moment of rendering knows. */
export interface CallRuntime {
  connector: { id: string | null; name: string };
  /** The body's text as received, and its content type: a JSON text is inserted verbatim for {{payload}}. */
  rawBody?: string | null;
  contentType?: string | null;
}

export type CallVariables = Record<string, unknown> & { [RAW_JSON]?: RawJsonTexts };

export function callContext(parts: {
  payload: unknown;
  event: Partial<CallEvent> & { source: CallSource };
  headers?: Record<string, string> | null;
  query?: Record<string, string | string[]> | null;
  props?: unknown;
  trigger?: TriggerNaming;
  webhook?: { uuid: string; action: string };
  extra?: Record<string, unknown>;
}): CallContext {
  const receivedAt = parts.event.receivedAt ?? null;
  return {
    $model: 1,
    payload: parts.payload === undefined ? null : parts.payload,
    event: {
      id: parts.event.id ?? null,
      type: parts.event.type ?? null,
      source: parts.event.source,
      receivedAt,
      method: parts.event.method ?? null,
    },
    headers: parts.headers ?? {},
    query: parts.query ?? {},
    props: parts.props === undefined ? null : parts.props,
    ...(parts.trigger
      ? {
          trigger: {
            id: parts.trigger.id,
            name: parts.trigger.name,
            slug: parts.trigger.slug,
            headerVariable: parts.trigger.headerVariable,
            bodyVariable: parts.trigger.bodyVariable,
          },
        }
      : {}),
    ...(parts.webhook ? { webhook: parts.webhook } : {}),
    ...(parts.extra && Object.keys(parts.extra).length > 0 ? { extra: parts.extra } : {}),
  };
}

export function isCallContext(value: unknown): value is CallContext {
  return value !== null && typeof value === "object" && (value as { $model?: unknown }).$model === 1;
}

/** The variables a template sees. `stored` is a CallContext, or the variables a delivery stored before this model. */
export function callVariables(stored: unknown, runtime: CallRuntime): CallVariables {
  const connector = { id: runtime.connector.id, name: runtime.connector.name };
  if (!isCallContext(stored)) {
    return { connector, ...(stored !== null && typeof stored === "object" ? (stored as Record<string, unknown>) : {}) };
  }
  const values: CallVariables = {
    payload: stored.payload,
    rawBody:
      runtime.rawBody ??
      (stored.event.source === "test" || stored.event.source === "manual" ? JSON.stringify(stored.payload) : null),
    // event.payload: published events' deliveries offered it before this model.
    event: { ...stored.event, payload: stored.payload },
    headers: stored.headers,
    query: stored.query,
    props: stored.props,
    connector,
  };
  const rawAliases = ["payload"];
  if (stored.trigger) {
    const { headerVariable, bodyVariable, ...trigger } = stored.trigger;
    values.trigger = trigger;
    values[headerVariable] = stored.headers;
    values[bodyVariable] = stored.payload;
    rawAliases.push(bodyVariable);
  }
  if (stored.webhook) {
    values.webhook = stored.webhook;
    values.event = stored.payload;
    rawAliases.push("event");
  }
  if (stored.extra) Object.assign(values, stored.extra);
  const raw = rawJsonText(stored, runtime);
  if (raw !== null) values[RAW_JSON] = Object.fromEntries(rawAliases.map((name) => [name, raw]));
  return values;
}

/** The body's text when it was received as JSON and parsed into `payload` (otherwise a value is re-serialised). */
function rawJsonText(stored: CallContext, runtime: CallRuntime): string | null {
  const raw = runtime.rawBody;
  if (!raw || stored.payload === null) return null;
  const type = (runtime.contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) return null;
  // Text whose own value is a string (a JSON string literal) parses into a string; a form or text body never
  // reaches here. The payload was parsed from exactly this text, so it is valid JSON.
  return raw;
}
