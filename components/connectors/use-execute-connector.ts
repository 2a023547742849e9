"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

/** An execution is stored as a delivery and moves the connector's last result: refresh detail and history. */
export function useExecuteConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.execute,
    onSettled: async (_result, _error, { id }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: connectorKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: connectorKeys.lists() }),
      ]);
    },
  });
}
