"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { appListenersApi } from "./api-client";
import { appListenerKeys, appWebhookKeys } from "./query-keys";

/** Webhooks show their listener, so both lists refresh. */
export function useDeleteAppListener() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appListenersApi.remove,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appListenerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: appWebhookKeys.lists() }),
      ]),
  });
}
