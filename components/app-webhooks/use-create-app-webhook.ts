"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { appWebhooksApi } from "./api-client";
import { appWebhookKeys } from "./query-keys";

export function useCreateAppWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appWebhooksApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appWebhookKeys.lists() }),
  });
}
