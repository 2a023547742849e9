// Replay: run what an event started once more — a published event fans out to its type's current subscribers,
// a trigger's event runs the trigger's current actions with the variables stored from the original request, an
// app webhook's event runs its listener's current actions. The workers send the event's exact stored bytes where
// a connector has no body template. New deliveries, new attempts; the original ones stay as they were.
// Its own folder above events, triggers and app webhooks: it reads what each of them would run now.
import { AppError, notFound } from "../core/errors";
import { messageIdFor } from "../core/ids";
import { db } from "../db";
import { pool } from "../db/pool";
import { notifySoon } from "../db/notify-soon";
import { DELIVERY_CHANNEL } from "../db/channels";
import { enqueue, type DeliveryAction } from "../delivery/enqueue";
import { scheduleFor } from "../delivery/retry-policy";
import { listenerActions } from "../app-webhooks/listener-actions";
import { storedBodyValue } from "../inbound/received-body";
import { findSubscribers } from "../subscriptions/find-subscribers";
import { eventCallContext } from "../variables";

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
    throw new AppError(
      "conflict",
      `This request was answered ${event.responseStatus} and started nothing: there is nothing to replay`,
    );
  }

  let planned: DeliveryAction[];
  let kind: "event" | "trigger_action";
  // The variables a trigger's or listener's actions render with, as the original request gave them; published
  // events store none (the workers read the event).
  let variables: unknown;
  if (event.source === "trigger") {
    if (!event.trigger) throw new AppError("conflict", "The trigger that received this event was deleted");
    const trigger = event.trigger;
    variables = eventCallContext(event, { trigger });
    kind = "trigger_action";
    planned = trigger.actions.map((action) => ({
      connectorId: action.connectorId,
      bodyTemplate: action.bodyTemplate,
      maxAttempts: scheduleFor(action.connector.retrySchedule).length,
    }));
  } else if (event.source === "app_webhook") {
    if (!event.appWebhook) throw new AppError("conflict", "The app webhook that received this event was deleted");
    const webhook = { uuid: event.appWebhook.id, action: event.appWebhook.action, props: event.appWebhook.props };
    variables = eventCallContext(event, { webhook });
    kind = "trigger_action";
    planned = await listenerActions(workspaceId, event.appWebhook.action);
  } else if ((event.source === "api" || event.source === "test") && event.type) {
    kind = "event";
    // A payload jsonb could not hold is matched against the filters parsed again from its exact text.
    const subscribers = await findSubscribers(workspaceId, event.type, storedBodyValue(event));
    planned = subscribers.map((connector) => ({
      connectorId: connector.id,
      bodyTemplate: null,
      maxAttempts: scheduleFor(connector.retrySchedule).length,
    }));
  } else {
    throw new AppError("conflict", "Events from this source cannot be replayed yet");
  }

  // The same message id: receivers that deduplicate see a replay as the message it is.
  await enqueue(pool(), event.id, {
    workspaceId,
    kind,
    messageId: messageIdFor(event.id),
    variables,
    actions: planned,
  });
  if (planned.length > 0) notifySoon(DELIVERY_CHANNEL);
  return { id: event.id, deliveries: planned.length };
}
