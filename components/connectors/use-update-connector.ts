"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useUpdateConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.update,
    onSuccess: (connector) => {
      queryClient.setQueryData(connectorKeys.detail(connector.id), connector);
      return queryClient.invalidateQueries({ queryKey: connectorKeys.lists() });
    },
  });
}
