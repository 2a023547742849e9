"use client";
import { useQuery } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useRetentionSettings() {
  return useQuery({ queryKey: settingsKeys.retention(), queryFn: ({ signal }) => settingsApi.retention(signal) });
}
