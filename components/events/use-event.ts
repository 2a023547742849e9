"use client";
import { useQuery } from "@tanstack/react-query";
import { eventsApi } from "./api-client";
import { eventKeys } from "./query-keys";

const UNFINISHED = new Set(["pending", "in_flight", "failed"]);

/** Refreshes while any delivery it started is still under way, so their statuses move on screen. */
export function useEvent(id: string | null) {
  return useQuery({
    queryKey: eventKeys.detail(id ?? ""),
    queryFn: ({ signal }) => eventsApi.get(id!, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.deliveries.some((delivery) => UNFINISHED.has(delivery.status)) ? 2500 : false),
  });
}
