"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useClearEmailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.clearEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.email() }),
  });
}
