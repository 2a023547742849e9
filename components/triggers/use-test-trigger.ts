"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

export function useTestTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggersApi.test,
    onSuccess: (_result, { id }) => queryClient.invalidateQueries({ queryKey: triggerKeys.detail(id) }),
  });
}
