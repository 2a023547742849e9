"use client";
import { useQuery } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useWorkspaceSettings() {
  return useQuery({ queryKey: settingsKeys.workspace(), queryFn: ({ signal }) => settingsApi.workspace(signal) });
}
