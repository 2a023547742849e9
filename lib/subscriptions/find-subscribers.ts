// Fan-out lookup for publishing: the enabled connectors subscribed to an event type whose filter matches the
// payload. Takes a transaction client when the caller has one. Loading and matching are apart so that the publish
// fast path can cache what it loads (lib/events/publish-plan.ts) and match each payload against it.
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
  return matchingSubscribers(await loadSubscriptions(workspaceId, eventTypeKey, tx), payload);
}

/** Every subscription of the type whose connector is enabled, whatever the payload (publish plans cache this). */
export function loadSubscriptions(workspaceId: string, eventTypeKey: string, tx: DbClient = db()) {
  // Archived event types keep delivering to the subscriptions they already have (archiving only hides the type).
  return tx.subscription.findMany({
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
}
export type SubscriptionRow = Awaited<ReturnType<typeof loadSubscriptions>>[number];

/** The subscriptions whose filter matches the payload, as the connectors to deliver to. */
export function matchingSubscribers(subscriptions: SubscriptionRow[], payload: unknown) {
  return matchingSubscriptions(subscriptions, payload).map(subscriberOf);
}

/** The subscriptions whose filter the payload passes, as they are (publishing keys per-connector work on them). */
export function matchingSubscriptions(subscriptions: SubscriptionRow[], payload: unknown): SubscriptionRow[] {
  return subscriptions.filter((subscription) => storedFilterMatches(subscription.filter, payload));
}

export const subscriberOf = (subscription: SubscriptionRow) => ({
  ...subscription.connector,
  subscriptionId: subscription.id,
  eventTypeId: subscription.eventTypeId,
});
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
