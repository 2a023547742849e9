"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { deliveriesApi, type DeliveryFilters } from "../event-log/deliveries-api";
import { deliveryKeys } from "../event-log/delivery-keys";
import { DELIVERIES_REFRESH_MS } from "./use-deliveries";

export function useDeliveryCounts(filters: DeliveryFilters) {
  const withoutStatus = { ...filters, status: undefined };
  return useQuery({
    queryKey: deliveryKeys.counts(withoutStatus),
    queryFn: ({ signal }) => deliveriesApi.counts(withoutStatus, signal),
    placeholderData: keepPreviousData,
    refetchInterval: DELIVERIES_REFRESH_MS,
  });
}
