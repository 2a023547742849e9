"use client";
import { useQuery } from "@tanstack/react-query";
import { appListenersApi } from "./api-client";
import { appListenerKeys } from "./query-keys";

export function useAppListeners() {
  return useQuery({
    queryKey: appListenerKeys.lists(),
    queryFn: ({ signal }) => appListenersApi.list(signal),
    select: (page) => page.data,
  });
}
