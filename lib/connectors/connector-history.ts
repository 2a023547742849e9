// Test, manual and event deliveries of a connector as the History tab and the delivery detail show them.
import { z } from "zod";
import { notFound } from "../core/errors";
import { toPage, type Pagination } from "../core/pagination";
import { db } from "../db";
import type { Delivery, DeliveryAttempt } from "../generated/prisma/client";
import { statusText } from "../http";
import { findConnectorWithSecrets } from "./connector-service";

export interface AttemptDto {
  id: string;
  number: number;
  startedAt: string;
  durationMs: number;
  succeeded: boolean;
  error: { code: string; message: string } | null;
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string | null;
    bodyTruncated: boolean;
  };
  response: {
    status: number;
    statusText: string;
    headers: Record<string, string>;
    body: string | null;
    bodyTruncated: boolean;
    sizeBytes: number | null;
  } | null;
}

export interface DeliveryDto {
  id: string;
  connectorId: string;
  eventId: string | null;
  kind: string;
  status: string;
  messageId: string;
  attemptCount: number;
  maxAttempts: number;
  /** When the workers will try again (pending or failed); null once the delivery is finished. */
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastStatusText: string | null;
  lastError: { code: string; message: string } | null;
  durationMs: number | null;
  createdAt: string;
  completedAt: string | null;
  attempts: AttemptDto[];
}

export function serializeAttempt(attempt: DeliveryAttempt): AttemptDto {
  return {
    id: attempt.id,
    number: attempt.number,
    startedAt: attempt.startedAt.toISOString(),
    durationMs: attempt.durationMs,
    succeeded: attempt.succeeded,
    error: attempt.errorCode ? { code: attempt.errorCode, message: attempt.errorMessage ?? "" } : null,
    request: {
      method: attempt.requestMethod,
      url: attempt.requestUrl,
      headers: (attempt.requestHeaders ?? {}) as Record<string, string>,
      body: attempt.requestBody,
      bodyTruncated: attempt.requestBodyTruncated,
    },
    response:
      attempt.responseStatus === null
        ? null
        : {
            status: attempt.responseStatus,
            statusText: statusText(attempt.responseStatus),
            headers: (attempt.responseHeaders ?? {}) as Record<string, string>,
            body: attempt.responseBody,
            bodyTruncated: attempt.responseBodyTruncated,
            sizeBytes: attempt.responseSizeBytes,
          },
  };
}

export function serializeDelivery(delivery: Delivery & { attempts: DeliveryAttempt[] }): DeliveryDto {
  const last = delivery.attempts.at(-1);
  return {
    id: delivery.id,
    connectorId: delivery.connectorId,
    eventId: delivery.eventId,
    kind: delivery.kind,
    status: delivery.status,
    messageId: delivery.messageId,
    attemptCount: delivery.attemptCount,
    maxAttempts: delivery.maxAttempts,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    lastStatus: delivery.lastStatus,
    lastStatusText: delivery.lastStatus === null ? null : statusText(delivery.lastStatus),
    lastError: delivery.lastErrorCode
      ? { code: delivery.lastErrorCode, message: delivery.lastErrorMessage ?? "" }
      : null,
    durationMs: last?.durationMs ?? null,
    createdAt: delivery.createdAt.toISOString(),
    completedAt: delivery.completedAt?.toISOString() ?? null,
    attempts: delivery.attempts.map(serializeAttempt),
  };
}

/** Newest first. Attempts come with their request and response so one page fills the History tab. */
export async function listConnectorHistory(workspaceId: string, connectorId: string, query: Pagination) {
  await findConnectorWithSecrets(workspaceId, connectorId);
  const rows = await db().delivery.findMany({
    where: { workspaceId, connectorId, ...(query.cursor ? { id: { lt: query.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: query.limit + 1,
    include: { attempts: { orderBy: { number: "asc" } } },
  });
  const page = toPage(rows, query.limit);
  return { data: page.data.map(serializeDelivery), nextCursor: page.nextCursor };
}

export async function getDelivery(workspaceId: string, id: string): Promise<DeliveryDto> {
  if (!z.uuid().safeParse(id).success) throw notFound("Delivery");
  const row = await db().delivery.findFirst({
    where: { id, workspaceId },
    include: { attempts: { orderBy: { number: "asc" } } },
  });
  if (!row) throw notFound("Delivery");
  return serializeDelivery(row);
}
