"use client";
import { useQuery } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

export function useTriggers() {
  return useQuery({
    queryKey: triggerKeys.lists(),
    queryFn: ({ signal }) => triggersApi.list(signal),
    select: (page) => page.data,
  });
}
