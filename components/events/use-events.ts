"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { eventsApi, type EventFilters } from "./api-client";
import { eventKeys } from "./query-keys";

/** Polled so new events appear without a reload (an SSE stream may replace the polling later). */
export const EVENTS_REFRESH_MS = 3000;

export function useEvents(filters: EventFilters) {
  return useInfiniteQuery({
    queryKey: eventKeys.list(filters),
    queryFn: ({ pageParam, signal }) => eventsApi.list(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: EVENTS_REFRESH_MS,
  });
}
