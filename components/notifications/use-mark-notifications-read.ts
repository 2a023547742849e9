"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { notificationsApi } from "./api-client";
import { notificationKeys } from "./query-keys";

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: notificationsApi.markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
