// Replay: run what an event started once more — a published event fans out to its type's current subscribers,
// a trigger's event runs the trigger's current actions with the variables stored from the original request, an
// app webhook's event runs its listener's current actions. The workers send the event's exact stored bytes where
// a connector has no body template. New deliveries, new attempts; the original ones stay as they were.
import { AppError, notFound } from "../core/errors";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { DELIVERY_CHANNEL } from "../db/channels";
import { scheduleFor } from "../delivery/retry-policy";
import { findSubscribers } from "../subscriptions/find-subscribers";
import { eventCallContext } from "../variables";
import { listenerActions } from "./listener-actions";
import { messageIdFor } from "../core/ids";

interface PlannedDelivery {
  connectorId: string;
  bodyTemplate: string | null;
  variables: Prisma.InputJsonValue | undefined;
  maxAttempts: number;
}

export async function replayEvent(workspaceId: string, eventId: string) {
  const event = await db().event.findFirst({
    where: { id: eventId, workspaceId },
    include: {
      appWebhook: { select: { id: true, action: true, props: true } },
      trigger: {
        include: {
          actions: {
            orderBy: { position: "asc" },
            where: { connector: { enabled: true } },
            include: { connector: { select: { retrySchedule: true } } },
          },
        },
      },
    },
  });
  if (!event) throw notFound("Event");
  if (event.responseStatus !== null && event.responseStatus >= 300) {
    throw new AppError("conflict", `This request was answered ${event.responseStatus} and started nothing: there is nothing to replay`);
  }

  let planned: PlannedDelivery[];
  let kind: "event" | "trigger_action";
  if (event.source === "trigger") {
    if (!event.trigger) throw new AppError("conflict", "The trigger that received this event was deleted");
    const trigger = event.trigger;
    const variables = eventCallContext(event, { trigger }) as unknown as Prisma.InputJsonValue;
    kind = "trigger_action";
    planned = trigger.actions.map((action) => ({
      connectorId: action.connectorId,
      bodyTemplate: action.bodyTemplate,
      variables,
      maxAttempts: scheduleFor(action.connector.retrySchedule).length,
    }));
  } else if (event.source === "app_webhook") {
    if (!event.appWebhook) throw new AppError("conflict", "The app webhook that received this event was deleted");
    const webhook = { uuid: event.appWebhook.id, action: event.appWebhook.action, props: event.appWebhook.props };
    const variables = eventCallContext(event, { webhook }) as unknown as Prisma.InputJsonValue;
    kind = "trigger_action";
    planned = (await listenerActions(workspaceId, event.appWebhook.action)).map((action) => ({ ...action, variables }));
  } else if ((event.source === "api" || event.source === "test") && event.type) {
    kind = "event";
    const subscribers = await findSubscribers(workspaceId, event.type, publishedPayload(event));
    planned = subscribers.map((connector) => ({
      connectorId: connector.id,
      bodyTemplate: null,
      variables: undefined,
      maxAttempts: scheduleFor(connector.retrySchedule).length,
    }));
  } else {
    throw new AppError("conflict", "Events from this source cannot be replayed yet");
  }

  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.delivery.createMany({
      data: planned.map((item) => ({
        workspaceId,
        eventId: event.id,
        connectorId: item.connectorId,
        kind,
        status: "pending" as const,
        // The same message id: receivers that deduplicate see a replay as the message it is.
        messageId: messageIdFor(event.id),
        variables: item.variables,
        bodyTemplate: item.bodyTemplate,
        maxAttempts: item.maxAttempts,
        nextAttemptAt: now,
      })),
    });
    if (planned.length > 0) await tx.$executeRaw`SELECT pg_notify(${DELIVERY_CHANNEL}, '')`;
  });
  return { id: event.id, deliveries: planned.length };
}

/** A payload jsonb could not hold is read back from its exact text (a published payload is always JSON text). */
function publishedPayload(event: { body: unknown; bodyRawOnly: boolean; rawBody: string | null }): unknown {
  if (!event.bodyRawOnly || event.rawBody === null) return event.body;
  try {
    return JSON.parse(event.rawBody);
  } catch {
    return null;
  }
}
