// Which deliveries an app webhook's event owes: the enabled connectors of the listener its action names. Read when
// the request arrives (lib/app-webhooks/trigger-app-webhook.ts) and again on replay (replay-event.ts), so it sits
// with the events both store, below app webhooks: replay would otherwise import the receive path.
import { db } from "../db";
import { scheduleFor } from "../delivery/retry-policy";
import type { InboundAction } from "./store-event";

/** The listener's connectors that are enabled, in order; none when no listener has this name. */
export async function listenerActions(workspaceId: string, name: string): Promise<InboundAction[]> {
  const listener = await db().appListener.findUnique({
    where: { workspaceId_name: { workspaceId, name } },
    select: {
      actions: {
        orderBy: { position: "asc" },
        where: { connector: { enabled: true } },
        select: { connectorId: true, bodyTemplate: true, connector: { select: { retrySchedule: true } } },
      },
    },
  });
  return (listener?.actions ?? []).map((action) => ({
    connectorId: action.connectorId,
    bodyTemplate: action.bodyTemplate,
    maxAttempts: scheduleFor(action.connector.retrySchedule).length,
  }));
}

