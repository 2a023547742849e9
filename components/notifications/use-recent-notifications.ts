"use client";
import { useQuery } from "@tanstack/react-query";
import { notificationsApi } from "./api-client";
import { notificationKeys } from "./query-keys";

/** Fetched only while the popover is open; unread come first (the API orders them so). */
export function useRecentNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.recent(),
    queryFn: ({ signal }) => notificationsApi.recent(signal),
    select: (response) => response.data,
    enabled,
    staleTime: 0,
  });
}
