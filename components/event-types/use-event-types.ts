"use client";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { eventTypesApi, type EventTypeListFilters } from "./api-client";
import { eventTypeKeys } from "./query-keys";

export function useEventTypes(filters: EventTypeListFilters) {
  return useInfiniteQuery({
    queryKey: eventTypeKeys.list(filters),
    queryFn: ({ pageParam, signal }) => eventTypesApi.list(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Typing in the search box keeps the old rows on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
