"use client";
import { useQuery } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useConnector(id: string) {
  return useQuery({ queryKey: connectorKeys.detail(id), queryFn: ({ signal }) => connectorsApi.get(id, signal) });
}
