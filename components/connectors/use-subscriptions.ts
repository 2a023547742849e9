"use client";
import { useQuery } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useSubscriptions(id: string) {
  return useQuery({
    queryKey: connectorKeys.subscriptions(id),
    queryFn: ({ signal }) => connectorsApi.subscriptions(id, signal),
    select: (response) => response.data,
  });
}
