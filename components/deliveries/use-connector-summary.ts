"use client";
import { useQuery } from "@tanstack/react-query";
import { connectorSummaryApi } from "./api-client";
import { connectorOptionKeys } from "./query-keys";

export function useConnectorSummary(id: string | undefined) {
  return useQuery({
    queryKey: connectorOptionKeys.summary(id ?? ""),
    queryFn: ({ signal }) => connectorSummaryApi.get(id!, signal),
    enabled: Boolean(id),
    select: ({ id, name, url, method, enabled }) => ({ id, name, url, method, enabled }),
    staleTime: 60_000,
  });
}
