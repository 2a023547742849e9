"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiTokensApi } from "./api-client";
import { apiTokenKeys } from "./query-keys";

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiTokensApi.revoke,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.lists() }),
  });
}
