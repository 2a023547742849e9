// Fan-out lookup for publishing: the enabled connectors subscribed to an event type whose filter matches the
// payload. Runs inside the publisher's transaction, so it takes the transaction client.
import { db } from "../db";
import type { DbClient } from "../db/transaction-client";
import { matchesFilter } from "./match-filter";
import { subscriptionFilterSchema } from "./schema";

export async function findSubscribers(
  workspaceId: string,
  eventTypeKey: string,
  payload: unknown,
  tx: DbClient = db(),
) {
  // Archived event types keep delivering to the subscriptions they already have (archiving only hides the type).
  const subscriptions = await tx.subscription.findMany({
    where: { eventType: { workspaceId, key: eventTypeKey }, connector: { workspaceId, enabled: true } },
    select: {
      id: true,
      eventTypeId: true,
      filter: true,
      connector: {
        select: {
          id: true,
          name: true,
          retrySchedule: true,
          rateLimitCount: true,
          rateLimitWindowMs: true,
          // The templates, so publishing can tell which deliveries cannot render.
          url: true,
          method: true,
          bodyType: true,
          bodyTemplate: true,
          headers: true,
          queryParams: true,
        },
      },
    },
    orderBy: { connectorId: "asc" },
  });
  return subscriptions
    .filter((subscription) => storedFilterMatches(subscription.filter, payload))
    .map((subscription) => ({
      ...subscription.connector,
      subscriptionId: subscription.id,
      eventTypeId: subscription.eventTypeId,
    }));
}
export type Subscriber = Awaited<ReturnType<typeof findSubscribers>>[number];

/**
 * Filters are validated on the way in; a stored value that no longer parses (hand-edited, older shape) matches
 * nothing rather than everything, so a broken filter never widens a subscription.
 */
function storedFilterMatches(stored: unknown, payload: unknown): boolean {
  if (stored === null || stored === undefined) return true;
  const parsed = subscriptionFilterSchema.safeParse(stored);
  return parsed.success && matchesFilter(parsed.data, payload);
}
