"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useDeleteConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.remove,
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: connectorKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: connectorKeys.lists() });
    },
  });
}
