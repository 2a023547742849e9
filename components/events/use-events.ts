"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { eventsApi, type EventFilters } from "../event-log/events-api";
import { eventKeys } from "../event-log/event-keys";
import { useLiveRefresh } from "../event-log/use-live-refresh";

/** New events arrive through the live stream; polling is the fallback while it is disconnected. */
export const EVENTS_REFRESH_MS = 3000;

export function useEvents(filters: EventFilters) {
  const { live } = useLiveRefresh([eventKeys.lists()]);
  return useInfiniteQuery({
    queryKey: eventKeys.list(filters),
    queryFn: ({ pageParam, signal }) => eventsApi.list(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: live ? false : EVENTS_REFRESH_MS,
  });
}
