"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { appWebhooksApi } from "./api-client";
import { appWebhookKeys } from "./query-keys";

export function useDeleteAppWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appWebhooksApi.remove,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appWebhookKeys.lists() }),
  });
}
