"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiTokensApi } from "./api-client";
import { apiTokenKeys } from "./query-keys";

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiTokensApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.lists() }),
  });
}
