"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useRotateAppSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.rotateAppSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.workspace() }),
  });
}
