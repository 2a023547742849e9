"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

export function useRotateTriggerKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggersApi.rotateKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: triggerKeys.all }),
  });
}
