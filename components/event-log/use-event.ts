"use client";
// One event with its deliveries: the event page, and the delivery page's card about the event it carries.
import { useQuery } from "@tanstack/react-query";
import { eventsApi } from "./events-api";
import { eventKeys } from "./event-keys";

const UNFINISHED = new Set(["pending", "in_flight", "failed"]);

/** Refreshes while any delivery it started is still under way, so their statuses move on screen. */
export function useEvent(id: string | null) {
  return useQuery({
    queryKey: eventKeys.detail(id ?? ""),
    queryFn: ({ signal }) => eventsApi.get(id!, signal),
    enabled: id !== null,
    refetchInterval: (query) =>
      query.state.data?.deliveries.some((delivery) => UNFINISHED.has(delivery.status)) ? 2500 : false,
  });
}
