import type { DeliveryFilters } from "./api-client";

export const deliveryKeys = {
  all: ["deliveries"] as const,
  lists: () => [...deliveryKeys.all, "list"] as const,
  list: (filters: DeliveryFilters) => [...deliveryKeys.lists(), filters] as const,
  counts: (filters: DeliveryFilters) => [...deliveryKeys.all, "counts", filters] as const,
  details: () => [...deliveryKeys.all, "detail"] as const,
  detail: (id: string) => [...deliveryKeys.details(), id] as const,
};

/** Under the "connectors" root so the connectors pages' invalidations refresh these dropdowns too. */
export const connectorOptionKeys = {
  all: ["connectors", "options"] as const,
  /** Name and URL of one connector for the delivery detail (not the connectors page's full detail). */
  summary: (id: string) => ["connectors", "summary", id] as const,
};
