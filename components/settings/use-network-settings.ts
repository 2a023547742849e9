"use client";
import { useQuery } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useNetworkSettings() {
  return useQuery({ queryKey: settingsKeys.network(), queryFn: ({ signal }) => settingsApi.network(signal) });
}
