"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { appListenersApi } from "./api-client";
import { appListenerKeys, appWebhookKeys } from "./query-keys";

/** Webhooks show their listener, so both lists refresh. */
export function useUpdateAppListener() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: appListenersApi.update,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: appListenerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: appWebhookKeys.lists() }),
      ]),
  });
}
