"use client";
import { useQuery } from "@tanstack/react-query";
import { useLiveRefresh } from "../event-log/use-live-refresh";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

/** Polled only while the live stream is down. */
const FALLBACK_REFRESH_MS = 5000;

/** The latest events of one trigger, refreshed over the live stream so a caller's post shows up without a reload. */
export function useTriggerEvents(id: string) {
  const { live } = useLiveRefresh([triggerKeys.events(id)]);
  return useQuery({
    queryKey: triggerKeys.events(id),
    queryFn: ({ signal }) => triggersApi.events(id, signal),
    select: (page) => page.data,
    refetchInterval: live ? false : FALLBACK_REFRESH_MS,
  });
}
