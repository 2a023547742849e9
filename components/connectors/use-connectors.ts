"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";
import type { ConnectorListFilters } from "./types";

/** Cursor pages of the list; "Load more" asks for the next one. */
export function useConnectors(filters: ConnectorListFilters) {
  return useInfiniteQuery({
    queryKey: connectorKeys.list(filters),
    queryFn: ({ pageParam, signal }) => connectorsApi.list(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
