// What publishing an event type needs to know before it writes: whether the type exists (and is not archived), and
// its subscriptions with their connectors' templates. The Next route loads it for each publish; the publish fast
// path keeps it in the process (cachedPublishPlan), so a publish is one round trip: the event and its deliveries in
// one statement (store-event.ts). Any change to an event type, a subscription, or a connector's delivery settings
// fires PUBLISH_PLAN_CHANNEL at commit (database triggers, migration 20261130081000_publish_plan_notify) and every
// process empties its cache (lib/db/notified-cache.ts).
import { db } from "../db";
import { PUBLISH_PLAN_CHANNEL } from "../db/channels";
import { notifiedCache } from "../db/notified-cache";
import { loadSubscriptions, type SubscriptionRow } from "../subscriptions/find-subscribers";

export interface PublishPlan {
  archived: boolean;
  subscriptions: SubscriptionRow[];
}

/** None for an unknown type (misses are not cached: a type created a moment ago is found at once). */
export async function loadPublishPlan(workspaceId: string, typeKey: string): Promise<PublishPlan | null> {
  const eventType = await db().eventType.findUnique({
    where: { workspaceId_key: { workspaceId, key: typeKey } },
    select: { archivedAt: true },
  });
  if (!eventType) return null;
  return { archived: eventType.archivedAt !== null, subscriptions: await loadSubscriptions(workspaceId, typeKey) };
}

/** A backstop only: notifications make changes count at once. */
const TTL_MS = 60_000;

const plans = notifiedCache<PublishPlan>(PUBLISH_PLAN_CHANNEL, TTL_MS);

export const cachedPublishPlan = (workspaceId: string, typeKey: string): Promise<PublishPlan | null> =>
  plans.get(`${workspaceId}\n${typeKey}`, () => loadPublishPlan(workspaceId, typeKey));

/** For tests: stop listening and forget everything. */
export const stopPublishPlanCache = (): Promise<void> => plans.stop();
