"use client";
import { useQuery } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

export function useTrigger(id: string) {
  return useQuery({ queryKey: triggerKeys.detail(id), queryFn: ({ signal }) => triggersApi.get(id, signal) });
}
