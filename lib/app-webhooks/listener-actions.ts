// What an app webhook's action runs: the connectors of the listener with that name. Read when a webhook is
// triggered and when its event is replayed, so both run the listener's current actions.
import { db } from "../db";
import type { DeliveryAction } from "../delivery/enqueue";
import { scheduleFor } from "../delivery/retry-policy";

/** The listener's connectors that are enabled, in order; none when no listener has this name. */
export async function listenerActions(workspaceId: string, name: string): Promise<DeliveryAction[]> {
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
