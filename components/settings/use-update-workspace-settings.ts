"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { settingsApi } from "./api-client";
import { settingsKeys } from "./query-keys";

export function useUpdateWorkspaceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: settingsApi.updateWorkspace,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.workspace() }),
  });
}
