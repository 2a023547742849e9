// The deliveries' query-key factory: the Deliveries pages read under it, and event and delivery mutations on
// either page invalidate it.
import type { DeliveryFilters } from "./deliveries-api";

export const deliveryKeys = {
  all: ["deliveries"] as const,
  lists: () => [...deliveryKeys.all, "list"] as const,
  list: (filters: DeliveryFilters) => [...deliveryKeys.lists(), filters] as const,
  counts: (filters: DeliveryFilters) => [...deliveryKeys.all, "counts", filters] as const,
  details: () => [...deliveryKeys.all, "detail"] as const,
  detail: (id: string) => [...deliveryKeys.details(), id] as const,
};
