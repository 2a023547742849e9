import type { ConnectorListFilters } from "./types";

export const connectorKeys = {
  all: ["connectors"] as const,
  lists: () => [...connectorKeys.all, "list"] as const,
  list: (filters: ConnectorListFilters) => [...connectorKeys.lists(), filters] as const,
  details: () => [...connectorKeys.all, "detail"] as const,
  detail: (id: string) => [...connectorKeys.details(), id] as const,
  /** Pickers and filters (trigger actions, deliveries): under the root, so every connector change refreshes them. */
  options: () => [...connectorKeys.all, "options"] as const,
  /** Name and URL of one connector for the delivery detail (not the connector page's full detail). */
  summary: (id: string) => [...connectorKeys.all, "summary", id] as const,
  history: (id: string) => [...connectorKeys.detail(id), "history"] as const,
  eventSettings: (id: string) => [...connectorKeys.detail(id), "event-settings"] as const,
  subscriptions: (id: string) => [...connectorKeys.detail(id), "subscriptions"] as const,
  /** The event-type picker on the Events tab; its own branch so connector changes do not refetch it. */
  eventTypeOptions: (search: string) => [...connectorKeys.all, "event-type-options", search] as const,
};
