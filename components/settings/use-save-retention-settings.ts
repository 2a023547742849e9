"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useSaveRetentionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.saveRetention,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.retention() }),
  });
}
