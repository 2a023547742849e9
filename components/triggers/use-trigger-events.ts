"use client";
import { useQuery } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

/** The latest events of one trigger; refreshed every few seconds so a caller's post shows up without a reload. */
export function useTriggerEvents(id: string) {
  return useQuery({
    queryKey: triggerKeys.events(id),
    queryFn: ({ signal }) => triggersApi.events(id, signal),
    select: (page) => page.data,
    refetchInterval: 5000,
  });
}
