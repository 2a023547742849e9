"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useSaveEmailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.saveEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.email() }),
  });
}
