"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Overview, OverviewRange } from "@/lib/overview/schema";
import { useLiveRefresh } from "../event-log/use-live-refresh";
import { overviewApi } from "./api-client";
import { overviewKeys } from "./query-keys";

/** Polled only while the live stream is down. */
const FALLBACK_REFRESH_MS = 15_000;

/**
 * Live: refreshed when an event arrives or a delivery changes status (at most every 2 s under load: the figures
 * are aggregates, a burst needs one read), keeping the last figures on screen meanwhile.
 */
export function useOverview(range: OverviewRange, initial?: Overview) {
  const { live } = useLiveRefresh([overviewKeys.all], { topics: ["event", "deliveries"], debounceMs: 2000 });
  return useQuery({
    queryKey: overviewKeys.range(range),
    queryFn: ({ signal }) => overviewApi.get(range, signal),
    refetchInterval: live ? false : FALLBACK_REFRESH_MS,
    placeholderData: keepPreviousData,
    // The server's figures for the page's first range count as fetched when they were read (their `to`), so the
    // first render shows them and no second read follows at once.
    ...(initial?.range === range ? { initialData: initial, initialDataUpdatedAt: Date.parse(initial.to) } : {}),
  });
}
