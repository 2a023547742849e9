// Publishing: the event, one delivery per matching subscriber and the wake-up for the workers are written in one
// transaction, so an accepted event is never without its deliveries and a delivery never without its event.
// The same Idempotency-Key within 24 hours returns the first answer and writes nothing.
import { ApiError } from "../api/errors";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { findSubscribers } from "../subscriptions/find-subscribers";
import { DELIVERY_CHANNEL } from "../delivery/channel";
import { scheduleFor } from "../delivery/retry-policy";
import { notifySoon } from "../db/notify-soon";
import { uuidv7 } from "../ids";
import { STREAM_CHANNEL } from "./stream-channel";
import { MAX_EVENT_PAYLOAD_BYTES, type PublishEventInput } from "./schema";

const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Prisma's defaults (2 s to get a connection, 5 s to finish) fail publishes under a burst; wait longer instead. */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 };
const API_SCOPE = "api";

export interface PublishResult {
  status: number;
  body: { id: string; type: string; deliveries: number; duplicate?: boolean };
}

export async function publishEvent(
  workspaceId: string,
  input: PublishEventInput,
  meta: { idempotencyKey?: string | null; sourceIp?: string | null; source?: "api" | "test" } = {},
): Promise<PublishResult> {
  const rawBody = JSON.stringify(input.payload);
  if (Buffer.byteLength(rawBody) > MAX_EVENT_PAYLOAD_BYTES) {
    throw new ApiError("payload_too_large", `The payload is larger than ${MAX_EVENT_PAYLOAD_BYTES} bytes`);
  }
  const key = meta.idempotencyKey ?? null;
  if (key) {
    const previous = await findIdempotentAnswer(workspaceId, key);
    if (previous) return previous;
  }

  const eventType = await db().eventType.findUnique({
    where: { workspaceId_key: { workspaceId, key: input.type } },
    select: { id: true, archivedAt: true },
  });
  if (!eventType || eventType.archivedAt) {
    throw new ApiError("validation_failed", `Unknown event type "${input.type}": create it under Event types first`, [
      { path: "type", message: eventType ? "This event type is archived" : "No event type with this key" },
    ]);
  }

  try {
    const result = await db().$transaction(async (tx) => {
      const subscribers = await findSubscribers(workspaceId, input.type, input.payload, tx);
      const eventId = uuidv7();
      const body = { id: eventId, type: input.type, deliveries: subscribers.length };
      await tx.event.create({
        data: {
          id: eventId,
          workspaceId,
          source: meta.source ?? "api",
          type: input.type,
          body: input.payload as Prisma.InputJsonValue,
          rawBody,
          contentType: "application/json",
          sizeBytes: Buffer.byteLength(rawBody),
          idempotencyScope: key ? API_SCOPE : null,
          idempotencyKey: key,
          sourceIp: meta.sourceIp ?? null,
          responseStatus: 202,
          responseBody: body,
        },
        select: { id: true },
      });
      const now = new Date();
      await tx.delivery.createMany({
        data: subscribers.map((connector) => ({
          workspaceId,
          eventId,
          connectorId: connector.id,
          kind: "event" as const,
          status: "pending" as const,
          messageId: messageIdFor(eventId),
          maxAttempts: scheduleFor(connector.retrySchedule).length,
          nextAttemptAt: now,
        })),
      });
      if (subscribers.length > 0) await tx.$executeRaw`SELECT pg_notify(${DELIVERY_CHANNEL}, '')`;
      return { status: 202, body };
    }, TRANSACTION_LIMITS);
    notifySoon(STREAM_CHANNEL);
    return result;
  } catch (error) {
    // Two requests with the same key raced: the loser answers what the winner stored.
    if (key && (error as { code?: string }).code === "P2002") {
      const previous = await findIdempotentAnswer(workspaceId, key);
      if (previous) return previous;
    }
    throw error;
  }
}

/** The webhook-id of an event's deliveries: one message id per event, stable across retries and receivers. */
export function messageIdFor(eventId: string): string {
  return `msg_${eventId.replaceAll("-", "")}`;
}

async function findIdempotentAnswer(workspaceId: string, key: string): Promise<PublishResult | null> {
  const previous = await db().event.findUnique({
    where: { workspaceId_idempotencyScope_idempotencyKey: { workspaceId, idempotencyScope: API_SCOPE, idempotencyKey: key } },
    select: { id: true, receivedAt: true, responseStatus: true, responseBody: true },
  });
  if (!previous) return null;
  if (Date.now() - previous.receivedAt.getTime() > IDEMPOTENCY_WINDOW_MS) {
    // Past the window the key is free again: release it so the new event can take it.
    await db().event.update({ where: { id: previous.id }, data: { idempotencyKey: null, idempotencyScope: null } });
    return null;
  }
  const body = previous.responseBody as PublishResult["body"];
  return { status: previous.responseStatus ?? 202, body: { ...body, duplicate: true } };
}
