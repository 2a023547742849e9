"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useSaveSubscriptions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.saveSubscriptions,
    onSuccess: (response, { id }) => queryClient.setQueryData(connectorKeys.subscriptions(id), response),
  });
}
