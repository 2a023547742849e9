"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OverviewRange } from "@/lib/overview/schema";
import { overviewApi } from "./api-client";
import { overviewKeys } from "./query-keys";

/** Live: refetched every 15 s while the tab is visible, keeping the last figures on screen meanwhile. */
export function useOverview(range: OverviewRange) {
  return useQuery({
    queryKey: overviewKeys.range(range),
    queryFn: ({ signal }) => overviewApi.get(range, signal),
    refetchInterval: 15_000,
    placeholderData: keepPreviousData,
  });
}
