"use client";
import { useQuery } from "@tanstack/react-query";
import { deliveriesApi, type DeliveryStatus } from "../event-log/deliveries-api";
import { deliveryKeys } from "../event-log/delivery-keys";

/** Statuses that will still change by themselves: the detail keeps polling while in one of them. */
export const UNFINISHED_STATUSES: ReadonlySet<DeliveryStatus> = new Set(["pending", "in_flight", "failed"]);

export function useDelivery(id: string) {
  return useQuery({
    queryKey: deliveryKeys.detail(id),
    queryFn: ({ signal }) => deliveriesApi.get(id, signal),
    refetchInterval: (query) => (query.state.data && UNFINISHED_STATUSES.has(query.state.data.status) ? 2000 : false),
  });
}
