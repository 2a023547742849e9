"use client";
import { useQuery } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useEventSettings(id: string) {
  return useQuery({
    queryKey: connectorKeys.eventSettings(id),
    queryFn: ({ signal }) => connectorsApi.eventSettings(id, signal),
  });
}
