"use client";
import { useQuery } from "@tanstack/react-query";
import { eventTypesApi } from "./api-client";
import { eventTypeKeys } from "./query-keys";

/** Keys for filter dropdowns: one page of up to 200, archived included (old deliveries still carry them). */
export function useEventTypeOptions() {
  return useQuery({
    queryKey: eventTypeKeys.options(),
    queryFn: ({ signal }) => eventTypesApi.list({ includeArchived: true }, null, signal, 200),
    select: (page) => page.data.map((eventType) => eventType.key),
    staleTime: 60_000,
  });
}
