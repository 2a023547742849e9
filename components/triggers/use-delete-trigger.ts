"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { triggersApi } from "./api-client";
import { triggerKeys } from "./query-keys";

export function useDeleteTrigger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: triggersApi.remove,
    onSuccess: (_result, id) => {
      // Dropped rather than invalidated: refetching a deleted trigger would only flash a 404.
      queryClient.removeQueries({ queryKey: triggerKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: triggerKeys.lists() });
    },
  });
}
