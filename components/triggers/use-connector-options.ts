"use client";
import { useQuery } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

/** Connectors an action can call (the first 100, which is what a picker can show anyway). */
export function useConnectorOptions() {
  return useQuery({
    queryKey: triggerKeys.connectorOptions(),
    queryFn: ({ signal }) => triggersApi.connectorOptions(signal),
    select: (page) => page.data,
    staleTime: 30_000,
  });
}
