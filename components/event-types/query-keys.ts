import type { EventTypeListFilters } from "./api-client";

export const eventTypeKeys = {
  all: ["event-types"] as const,
  lists: () => [...eventTypeKeys.all, "list"] as const,
  list: (filters: EventTypeListFilters) => [...eventTypeKeys.lists(), filters] as const,
  /** Every type, archived included, for filter dropdowns. */
  options: () => [...eventTypeKeys.all, "options"] as const,
};
