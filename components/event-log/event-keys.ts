// The events' query-key factory: the Events pages read under it, and delivery mutations invalidate its details
// (an event's page lists its deliveries).
import type { EventFilters } from "./events-api";

export const eventKeys = {
  all: ["events"] as const,
  lists: () => [...eventKeys.all, "list"] as const,
  list: (filters: EventFilters) => [...eventKeys.lists(), filters] as const,
  details: () => [...eventKeys.all, "detail"] as const,
  detail: (id: string) => [...eventKeys.details(), id] as const,
};
