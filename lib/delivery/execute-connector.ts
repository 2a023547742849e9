// Test and Execute: send a connector's request now and answer with what came back. A saved connector's call is
// stored as a Delivery (kind test / manual) with its one attempt (request redacted) and recorded on the connector
// (lib/delivery/record-run.ts); the form's Test of an unsaved connector stores nothing.
import { randomUUID } from "node:crypto";
import { AppError } from "../core/errors";
import type { Principal } from "../core/principal";
import { logger } from "../core/logger";
import { executeRequest, type OutboundResult } from "../http";
import { TemplateError } from "../templates";
import { callContext, callVariables, type CallContext } from "../variables";
import { outboundAllowlist } from "../network/network-settings";
import { buildConnectorRequest, type RedactedRequest, type ResolvedConnector } from "../connectors/build-request";
import { getDelivery, type DeliveryDto } from "../connectors/connector-history";
import { findConnectorWithSecrets } from "../connectors/connector-service";
import { resolveConnector } from "../connectors/resolve-connector";
import type { RunInput } from "../connectors/schema";
import { resolveUnsavedConnector } from "../connectors/unsaved-connector";
import { recordRun } from "./record-run";

export interface ResultDto {
  status: number | null;
  statusText: string | null;
  headers: Record<string, string>;
  body: string;
  bodyTruncated: boolean;
  sizeBytes: number;
  startedAt: string;
  durationMs: number;
  retryAfterSeconds: number | null;
  finalUrl: string;
  error: { code: string; message: string } | null;
}

export interface RunResponse {
  /** Reachable and answered 2xx. */
  ok: boolean;
  request: RedactedRequest;
  result: ResultDto;
  /** The stored Delivery with its attempt; null for an unsaved connector tested from the form. */
  delivery: DeliveryDto | null;
}

/** `redactUrl` hides secret query parameters in the URL that answered (see buildConnectorRequest). */
export function serializeResult(result: OutboundResult, redactUrl: (url: string) => string): ResultDto {
  return {
    status: result.status,
    statusText: result.statusText,
    headers: result.headers,
    body: result.body,
    bodyTruncated: result.bodyTruncated,
    sizeBytes: result.sizeBytes,
    startedAt: result.startedAt.toISOString(),
    durationMs: result.durationMs,
    retryAfterSeconds: result.retryAfterSeconds ?? null,
    finalUrl: redactUrl(result.finalUrl),
    error: result.error,
  };
}

export const testConnector = (principal: Principal, id: string, input: RunInput) =>
  runSavedConnector(principal, id, input, "test");

export const executeConnector = (principal: Principal, id: string, input: RunInput) =>
  runSavedConnector(principal, id, input, "manual");

/** The variable model's context for a Test or Execute: the sample payload, and the earlier `variables` as names. */
export function runContext(input: Partial<RunInput>, kind: "test" | "manual"): CallContext {
  const variables = input.variables ?? {};
  return callContext({
    payload: input.payload !== undefined ? input.payload : Object.keys(variables).length > 0 ? variables : null,
    event: { source: kind, type: input.eventType ?? null },
    extra: variables,
  });
}

async function runSavedConnector(
  principal: Principal,
  id: string,
  input: RunInput,
  kind: "test" | "manual",
): Promise<RunResponse> {
  const row = await findConnectorWithSecrets(principal.workspaceId, id);
  const messageId = `msg_${randomUUID().replaceAll("-", "")}`;
  const context = runContext(input, kind);
  const variables = callVariables(context, { connector: { id: row.id, name: row.name } });
  const { request, redacted, redactUrl } = buildOrExplain(
    await resolveConnector(row),
    variables,
    messageId,
    await outboundAllowlist(row.workspaceId),
  );
  const result = await executeRequest(request);
  logger.info("connector called", {
    connectorId: row.id,
    kind,
    status: result.status,
    durationMs: result.durationMs,
    errorCode: result.error?.code ?? null,
  });
  const deliveryId = await recordRun(row, kind, messageId, context, redacted, result);
  return {
    ok: result.ok,
    request: redacted,
    result: serializeResult(result, redactUrl),
    delivery: await getDelivery(row.workspaceId, deliveryId),
  };
}

/**
 * The form's Test button: the connector as typed, not saved (lib/connectors/unsaved-connector.ts). Nothing is
 * written and no Delivery is stored (there is no connector row to attach it to when creating).
 */
export async function testUnsavedConnector(
  principal: Principal,
  body: { connectorId?: string; connector: unknown } & Partial<RunInput>,
): Promise<RunResponse> {
  const allowlist = await outboundAllowlist(principal.workspaceId);
  const { resolved, identity } = await resolveUnsavedConnector(principal.workspaceId, body.connectorId, body.connector);
  const messageId = `msg_${randomUUID().replaceAll("-", "")}`;
  const variables = callVariables(runContext(body, "test"), { connector: identity });
  const { request, redacted, redactUrl } = buildOrExplain(resolved, variables, messageId, allowlist);
  const result = await executeRequest(request);
  return { ok: result.ok, request: redacted, result: serializeResult(result, redactUrl), delivery: null };
}

function buildOrExplain(connector: ResolvedConnector, variables: unknown, messageId: string, allowlist: string[]) {
  try {
    return buildConnectorRequest(connector, variables, messageId, allowlist);
  } catch (error) {
    if (error instanceof TemplateError) {
      throw new AppError(
        "validation_failed",
        `${error.message}. Add ${error.missing.length === 1 ? "it" : "them"} to the sample payload or the variables.`,
        error.missing.map((name) => ({
          path: name.startsWith("payload.") ? name : `variables.${name}`,
          message: "Missing template variable",
        })),
      );
    }
    throw error;
  }
}
