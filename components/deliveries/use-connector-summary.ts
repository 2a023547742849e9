"use client";
// The connector line of the delivery detail: name, method and URL of the connector the delivery calls.
import { useQuery } from "@tanstack/react-query";
import { connectorsApi } from "../connectors/api-client";
import { connectorKeys } from "../connectors/query-keys";

export function useConnectorSummary(id: string | undefined) {
  return useQuery({
    queryKey: connectorKeys.summary(id ?? ""),
    queryFn: ({ signal }) => connectorsApi.get(id!, signal),
    enabled: Boolean(id),
    select: ({ id, name, url, method, enabled }) => ({ id, name, url, method, enabled }),
    staleTime: 60_000,
  });
}
