"use client";
import { useQuery } from "@tanstack/react-query";
import { appWebhooksApi } from "./api-client";
import { appWebhookKeys } from "./query-keys";

export function useAppWebhooks() {
  return useQuery({
    queryKey: appWebhookKeys.lists(),
    queryFn: ({ signal }) => appWebhooksApi.list(signal),
    select: (page) => page.data,
  });
}
