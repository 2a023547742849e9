"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

/** Active event types matching the picker's search; the previous list stays while the next one loads. */
export function useEventTypeOptions(search: string) {
  return useQuery({
    queryKey: connectorKeys.eventTypeOptions(search),
    queryFn: ({ signal }) => connectorsApi.eventTypeOptions(search, signal),
    select: (response) => response.data,
    placeholderData: keepPreviousData,
  });
}
