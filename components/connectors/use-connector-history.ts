"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useConnectorHistory(id: string) {
  return useInfiniteQuery({
    queryKey: connectorKeys.history(id),
    queryFn: ({ pageParam, signal }) => connectorsApi.history(id, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
