// Test and Execute: send a connector's request now, store it as a Delivery (kind test / manual) with its one
// attempt (request redacted), and record the outcome on the connector.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError, validationError } from "../core/errors";
import type { Principal } from "../core/principal";
import { db } from "../db";
import type { Connector } from "../generated/prisma/client";
import { executeRequest, STORED_BODY_BYTES, type OutboundResult } from "../http";
import { logger } from "../core/logger";
import { TemplateError } from "../templates";
import { callContext, callVariables, type CallContext } from "../variables";
import { outboundAllowlist } from "../workspaces/network-allowlist";
import { buildConnectorRequest, truncateUtf8, type RedactedRequest, type ResolvedConnector } from "./build-request";
import { getDelivery, type DeliveryDto } from "./connector-history";
import { findConnectorWithSecrets } from "./connector-service";
import { resolveConnector } from "./resolve-connector";
import { createConnectorSchema, updateConnectorSchema, type RunInput } from "./schema";
import { readStoredHeaders, readStoredParams, requestColumnsFromInput, toStoredAuth, toStoredHeaders, toStoredParams } from "./stored-connector";

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

export const testConnector = (principal: Principal, id: string, input: RunInput) => runSavedConnector(principal, id, input, "test");

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

async function runSavedConnector(principal: Principal, id: string, input: RunInput, kind: "test" | "manual"): Promise<RunResponse> {
  const row = await findConnectorWithSecrets(principal.workspaceId, id);
  const messageId = `msg_${randomUUID().replaceAll("-", "")}`;
  const context = runContext(input, kind);
  const variables = callVariables(context, { connector: { id: row.id, name: row.name } });
  const { request, redacted, redactUrl } = buildOrExplain(await resolveConnector(row), variables, messageId, await outboundAllowlist(row.workspaceId));
  const result = await executeRequest(request);
  logger.info("connector called", {
    connectorId: row.id,
    kind,
    status: result.status,
    durationMs: result.durationMs,
    errorCode: result.error?.code ?? null,
  });
  const deliveryId = await recordRun(row, kind, messageId, context, redacted, result);
  return { ok: result.ok, request: redacted, result: serializeResult(result, redactUrl), delivery: await getDelivery(row.workspaceId, deliveryId) };
}

/**
 * The form's Test button: the connector as typed, not saved. With connectorId (editing), fields and secrets left
 * out or masked come from the stored connector; nothing is written and no Delivery is stored (there is no
 * connector row to attach it to when creating).
 */
export async function testUnsavedConnector(
  principal: Principal,
  body: { connectorId?: string; connector: unknown } & Partial<RunInput>,
): Promise<RunResponse> {
  const allowlist = await outboundAllowlist(principal.workspaceId);
  let resolved: ResolvedConnector;
  let identity: { id: string | null; name: string } = { id: null, name: "" };
  if (body.connectorId) {
    const stored = await findConnectorWithSecrets(principal.workspaceId, body.connectorId);
    const parsed = z.object({ connector: updateConnectorSchema }).safeParse({ connector: body.connector });
    if (!parsed.success) throw validationError(parsed.error, "request body");
    const input = parsed.data.connector;
    identity = { id: stored.id, name: input.name ?? stored.name };
    const merged: Connector = {
      ...stored,
      ...definedOnly({
        url: input.url,
        method: input.method,
        bodyType: input.bodyType,
        bodyTemplate: input.bodyTemplate,
        timeoutMs: input.timeoutMs,
        followRedirects: input.followRedirects,
      }),
      ...(input.auth ? toStoredAuth(input.auth, stored) : {}),
      ...(input.headers ? { headers: toStoredHeaders(input.headers, readStoredHeaders(stored.headers)) } : {}),
      ...(input.queryParams ? { queryParams: toStoredParams(input.queryParams, readStoredParams(stored.queryParams)) } : {}),
    };
    resolved = await resolveConnector(merged);
  } else {
    const parsed = z.object({ connector: createConnectorSchema }).safeParse({ connector: body.connector });
    if (!parsed.success) throw validationError(parsed.error, "request body");
    const input = parsed.data.connector;
    identity = { id: null, name: input.name };
    // Through the same encrypt → decrypt path as a saved connector, so both build identical requests.
    resolved = await resolveConnector({
      workspaceId: principal.workspaceId,
      ...requestColumnsFromInput(input),
      signingSecretEnc: null,
      previousSigningSecretEnc: null,
      previousSigningSecretExpiresAt: null,
    });
  }
  const messageId = `msg_${randomUUID().replaceAll("-", "")}`;
  const variables = callVariables(runContext(body, "test"), { connector: identity });
  const { request, redacted, redactUrl } = buildOrExplain(resolved, variables, messageId, allowlist);
  const result = await executeRequest(request);
  return { ok: result.ok, request: redacted, result: serializeResult(result, redactUrl), delivery: null };
}

function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function buildOrExplain(connector: ResolvedConnector, variables: unknown, messageId: string, allowlist: string[]) {
  try {
    return buildConnectorRequest(connector, variables, messageId, allowlist);
  } catch (error) {
    if (error instanceof TemplateError) {
      throw new AppError(
        "validation_failed",
        `${error.message}. Add ${error.missing.length === 1 ? "it" : "them"} to the sample payload or the variables.`,
        error.missing.map((name) => ({ path: name.startsWith("payload.") ? name : `variables.${name}`, message: "Missing template variable" })),
      );
    }
    throw error;
  }
}

async function recordRun(
  connector: Connector,
  kind: "test" | "manual",
  messageId: string,
  context: CallContext,
  request: RedactedRequest,
  result: OutboundResult,
): Promise<string> {
  const completedAt = new Date();
  const errorMessage = result.error?.message ?? null;
  const delivery = await db().$transaction(async (tx) => {
    const created = await tx.delivery.create({
      data: {
        workspaceId: connector.workspaceId,
        connectorId: connector.id,
        kind,
        status: result.ok ? "succeeded" : "failed",
        messageId,
        variables: context as object,
        attemptCount: 1,
        maxAttempts: 1,
        lastStatus: result.status,
        lastErrorCode: result.error?.code ?? null,
        lastErrorMessage: errorMessage,
        completedAt,
        attempts: {
          create: {
            number: 1,
            startedAt: result.startedAt,
            durationMs: result.durationMs,
            requestMethod: request.method,
            requestUrl: request.url,
            requestHeaders: request.headers,
            requestBody: request.body,
            requestBodyTruncated: request.bodyTruncated,
            responseStatus: result.status,
            responseHeaders: result.status === null ? undefined : result.headers,
            responseBody: result.status === null ? null : truncateUtf8(result.body, STORED_BODY_BYTES).text,
            responseBodyTruncated: result.bodyTruncated,
            responseSizeBytes: result.status === null ? null : result.sizeBytes,
            errorCode: result.error?.code ?? null,
            errorMessage,
            succeeded: result.ok,
          },
        },
      },
      select: { id: true },
    });
    await tx.connector.update({
      where: { id: connector.id },
      data: {
        lastStatus: result.status,
        lastResultAt: completedAt,
        ...(result.ok ? { lastSuccessAt: completedAt } : { lastErrorAt: completedAt, lastErrorMessage: errorMessage }),
      },
    });
    return created;
  });
  return delivery.id;
}
