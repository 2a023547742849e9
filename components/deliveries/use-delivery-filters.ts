"use client";
import { localToIso } from "../forms/datetime-local";
import { useUrlFilters } from "../forms/use-url-filters";
import { DELIVERY_STATUSES, type DeliveryFilters, type DeliveryStatus } from "../event-log/deliveries-api";

const FILTER_NAMES = ["status", "connectorId", "eventType", "eventId", "from", "to", "q"] as const;
export type DeliveryFilterName = (typeof FILTER_NAMES)[number];

const isStatus = (value: string): value is DeliveryStatus => (DELIVERY_STATUSES as readonly string[]).includes(value);

/** The URL's filter values (what the inputs show) and the same filters as the API takes them. */
export function useDeliveryFilters() {
  const url = useUrlFilters(FILTER_NAMES);
  const { values } = url;
  const filters: DeliveryFilters = {
    status: isStatus(values.status) ? values.status : undefined,
    connectorId: values.connectorId || undefined,
    eventType: values.eventType || undefined,
    eventId: values.eventId.trim() || undefined,
    from: localToIso(values.from),
    to: localToIso(values.to),
    q: values.q.trim() || undefined,
  };
  return { ...url, filters };
}
