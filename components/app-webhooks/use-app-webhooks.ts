"use client";
import { useQuery } from "@tanstack/react-query";
import { useLiveRefresh } from "../event-log/use-live-refresh";
import { appWebhooksApi } from "./api-client";
import { appWebhookKeys } from "./query-keys";

/** Polled only while the live stream is down. */
const FALLBACK_REFRESH_MS = 10_000;

/** Live: a trigger's request is an event, so the stream's event messages refresh the counts and last-triggered times. */
export function useAppWebhooks() {
  const { live } = useLiveRefresh([appWebhookKeys.lists()]);
  return useQuery({
    queryKey: appWebhookKeys.lists(),
    queryFn: ({ signal }) => appWebhooksApi.list(signal),
    select: (page) => page.data,
    refetchInterval: live ? false : FALLBACK_REFRESH_MS,
  });
}
