"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useSaveNetworkSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.saveNetwork,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.network() }),
  });
}
