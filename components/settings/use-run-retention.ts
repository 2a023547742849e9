"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useRunRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.runRetention,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.retention() }),
  });
}
