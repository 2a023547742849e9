"use client";
import { useQuery } from "@tanstack/react-query";
import { connectorOptionsApi } from "./api-client";
import { connectorOptionKeys } from "./query-keys";

/** Connector names for filter and recover dropdowns. */
export function useConnectorOptions() {
  return useQuery({
    queryKey: connectorOptionKeys.all,
    queryFn: ({ signal }) => connectorOptionsApi.list(signal),
    select: (response) => response.data.map(({ id, name }) => ({ id, name })),
    staleTime: 60_000,
  });
}
