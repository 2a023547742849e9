// What a worker needs of a connector to deliver: its request recipe with secrets decrypted, its rate limit and
// retry schedule. Cached per worker and reloaded when the connector row changes (updatedAt arrives with every
// claim) or after a few seconds, so allowlist changes, app-secret rotations and signing-secret expiry apply soon.
import { db } from "../db";
import type { OutboundRequest } from "../http";
import { buildConnectorRequest, type RedactedRequest, type ResolvedConnector } from "../connectors/build-request";
import { deliveryBodyTemplate } from "../connectors/check-templates";
import { resolveConnector } from "../connectors/resolve-connector";
import { WITH_SECRETS } from "../connectors/stored-connector";
import { TemplateError } from "../templates";
import { callVariables, eventCallContext, type CallVariables } from "../variables";
import { outboundAllowlist } from "../workspaces/network-allowlist";
import type { ClaimedDelivery } from "./queue";
import { scheduleFor } from "./retry-policy";

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
      ? delivery.variables
      : eventCallContext({
          id: delivery.eventId ?? "",
          type: delivery.eventType,
          source: delivery.eventSource ?? "api",
          receivedAt: delivery.eventReceivedAt,
          method: delivery.eventMethod,
          headers: delivery.eventHeaders,
          query: delivery.eventQuery,
          body: delivery.eventPayload,
        });
  return callVariables(stored, { connector, rawBody: delivery.eventRawBody, contentType: delivery.eventContentType });
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
    rateLimit: row.rateLimitCount && row.rateLimitWindowMs ? { count: row.rateLimitCount, windowMs: row.rateLimitWindowMs } : null,
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
    );
    return { request, stored: redacted };
  } catch (error) {
    if (error instanceof TemplateError) return { templateError: error.message };
    throw error;
  }
}

export class ConnectorRuntimeCache {
  private readonly entries = new Map<string, { version: number; loadedAt: number; runtime: Promise<ConnectorRuntime | null> }>();

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
