"use client";
import { useQuery } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useEmailSettings() {
  return useQuery({ queryKey: settingsKeys.email(), queryFn: ({ signal }) => settingsApi.email(signal) });
}
