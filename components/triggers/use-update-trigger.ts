"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

export function useUpdateTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggersApi.update,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: triggerKeys.all }),
  });
}
