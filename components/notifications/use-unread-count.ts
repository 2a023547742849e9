"use client";
import { useQuery } from "@tanstack/react-query";
import { notificationsApi } from "./api-client";
import { notificationKeys } from "./query-keys";

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: ({ signal }) => notificationsApi.unreadCount(signal),
    select: (response) => response.count,
    refetchInterval: 10_000,
  });
}
