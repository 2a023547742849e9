// What a worker needs of a connector to deliver: its request recipe with secrets decrypted, its rate limit and
// retry schedule. Cached per worker and reloaded when the connector row changes (updatedAt arrives with every
// claim) or after a few seconds, so allowlist changes, app-secret rotations and signing-secret expiry apply soon.
import { db } from "../db";
import type { OutboundRequest } from "../http";
import {
  buildConnectorRequest,
  type ExactBody,
  type RedactedRequest,
  type ResolvedConnector,
} from "../connectors/build-request";
import { deliveryBodyTemplate } from "../connectors/check-templates";
import { resolveConnector } from "../connectors/resolve-connector";
import { WITH_SECRETS } from "../connectors/stored-connector";
import { TemplateError } from "../templates";
import { callVariables, eventCallContext, isCallContext, type CallVariables } from "../variables";
import { outboundAllowlist } from "../network/network-settings";
import type { ClaimedDelivery } from "./queue";
import { scheduleFor } from "./retry-policy";
import { storedBodyValue } from "../inbound/received-body";

/** The request to send, and the copy to store (secrets redacted, body already cut to the stored size). */
export type PreparedDelivery = { request: OutboundRequest; stored: RedactedRequest } | { templateError: string };

export interface ConnectorRuntime {
  id: string;
  name: string;
  enabled: boolean;
  disabledReason: string | null;
  rateLimit: { count: number; windowMs: number } | null;
  schedule: readonly number[];
  prepare: (delivery: ClaimedDelivery) => PreparedDelivery;
}

const MAX_AGE_MS = 5_000;

/** The variable model for a claimed delivery: what it stored, or (published events) its event's columns. */
export function deliveryVariables(delivery: ClaimedDelivery, connector: { id: string; name: string }): CallVariables {
  const stored =
    delivery.variables !== null && delivery.variables !== undefined
      ? withRawOnlyBody(delivery)
      : eventCallContext({
          id: delivery.eventId ?? "",
          type: delivery.eventType,
          source: delivery.eventSource ?? "api",
          receivedAt: delivery.eventReceivedAt,
          method: delivery.eventMethod,
          headers: delivery.eventHeaders,
          query: delivery.eventQuery,
          body: eventPayload(delivery),
        });
  return callVariables(stored, { connector, rawBody: delivery.eventRawBody, contentType: delivery.eventContentType });
}

/**
 * A received body jsonb could not hold (a NUL or lone surrogate) is stored in the delivery's variables as null;
 * the templates get it parsed again from the event's exact bytes.
 */
function withRawOnlyBody(delivery: ClaimedDelivery): unknown {
  const variables = delivery.variables;
  if (!delivery.eventBodyVariable || !delivery.eventBody || typeof variables !== "object" || variables === null)
    return variables;
  const body = rawOnlyBody(delivery);
  if (body === null) return variables;
  // The variable model keeps the body once, as `payload`; variables stored before it name the body variable.
  if (isCallContext(variables)) return { ...variables, payload: body };
  return { ...variables, [delivery.eventBodyVariable]: body };
}

/** The event's body parsed again from its exact bytes, as everywhere a stored body is read (lib/inbound). */
function rawOnlyBody(delivery: ClaimedDelivery): unknown {
  return storedBodyValue({
    body: null,
    bodyRawOnly: true,
    rawBody: null,
    rawBytes: delivery.eventBody,
    contentType: delivery.eventContentType,
  });
}

/** A published payload jsonb could not hold is parsed again from its exact text. */
function eventPayload(delivery: ClaimedDelivery): unknown {
  if (!delivery.eventBodyRawOnly || !delivery.eventBody) return delivery.eventPayload;
  return rawOnlyBody(delivery);
}

/**
 * Without a body template the call carries the body that caused it, byte for byte: a published payload as the
 * caller wrote it, a trigger's or app webhook's request body as received (with its Content-Type). A form connector
 * still form-encodes an event's payload, and a connector with no body sends none.
 */
export function exactBody(
  connector: Pick<ResolvedConnector, "bodyTemplate" | "bodyType" | "method">,
  delivery: { kind: string } & Pick<ClaimedDelivery, "bodyTemplate" | "eventBody" | "eventContentType">,
): ExactBody | undefined {
  if (!delivery.eventBody || delivery.bodyTemplate !== null || connector.bodyTemplate !== null) return undefined;
  if (connector.bodyType === "none" || connector.method === "GET") return undefined;
  if (delivery.kind === "event") {
    return connector.bodyType === "form" ? undefined : { bytes: delivery.eventBody, contentType: null };
  }
  if (delivery.kind !== "trigger_action") return undefined;
  return { bytes: delivery.eventBody, contentType: delivery.eventContentType };
}

export async function loadConnectorRuntime(connectorId: string): Promise<ConnectorRuntime | null> {
  const row = await db().connector.findUnique({ where: { id: connectorId }, omit: WITH_SECRETS });
  if (!row) return null;
  const [resolved, allowlist] = await Promise.all([resolveConnector(row), outboundAllowlist(row.workspaceId)]);
  return {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    rateLimit:
      row.rateLimitCount && row.rateLimitWindowMs
        ? { count: row.rateLimitCount, windowMs: row.rateLimitWindowMs }
        : null,
    schedule: scheduleFor(row.retrySchedule),
    prepare: (delivery) => prepare(resolved, allowlist, delivery, { id: row.id, name: row.name }),
  };
}

function prepare(
  connector: ResolvedConnector,
  allowlist: string[],
  delivery: ClaimedDelivery,
  identity: { id: string; name: string },
): PreparedDelivery {
  const bodyTemplate = deliveryBodyTemplate(delivery.kind, delivery.bodyTemplate, connector.bodyTemplate);
  try {
    const { request, redacted } = buildConnectorRequest(
      { ...connector, bodyTemplate },
      deliveryVariables(delivery, identity),
      delivery.messageId,
      allowlist,
      exactBody(connector, delivery),
    );
    return { request, stored: redacted };
  } catch (error) {
    if (error instanceof TemplateError) return { templateError: error.message };
    throw error;
  }
}

export class ConnectorRuntimeCache {
  private readonly entries = new Map<
    string,
    { version: number; loadedAt: number; runtime: Promise<ConnectorRuntime | null> }
  >();

  get(connectorId: string, updatedAt: Date): Promise<ConnectorRuntime | null> {
    const version = updatedAt.getTime();
    const entry = this.entries.get(connectorId);
    if (entry && entry.version === version && Date.now() - entry.loadedAt < MAX_AGE_MS) return entry.runtime;
    const runtime = loadConnectorRuntime(connectorId);
    this.entries.set(connectorId, { version, loadedAt: Date.now(), runtime });
    runtime.catch(() => this.entries.delete(connectorId));
    return runtime;
  }
}
