"use client";
// The connector picker's list, one query for every page that picks or filters by connector.
import { useQuery } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useConnectorOptions() {
  return useQuery({
    queryKey: connectorKeys.options(),
    queryFn: ({ signal }) => connectorsApi.options(signal),
    select: (page) => page.data,
    staleTime: 30_000,
  });
}
