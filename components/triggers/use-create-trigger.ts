"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

export function useCreateTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggersApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: triggerKeys.lists() }),
  });
}
