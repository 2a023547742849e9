"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { deliveriesApi, type DeliveryFilters } from "../event-log/deliveries-api";
import { deliveryKeys } from "../event-log/delivery-keys";

export const DELIVERIES_REFRESH_MS = 2500;

export function useDeliveries(filters: DeliveryFilters) {
  return useInfiniteQuery({
    queryKey: deliveryKeys.list(filters),
    queryFn: ({ pageParam, signal }) => deliveriesApi.list(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: DELIVERIES_REFRESH_MS,
  });
}
