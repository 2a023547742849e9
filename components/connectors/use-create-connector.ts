"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useCreateConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.create,
    onSuccess: (connector) => {
      queryClient.setQueryData(connectorKeys.detail(connector.id), connector);
      return queryClient.invalidateQueries({ queryKey: connectorKeys.lists() });
    },
  });
}
