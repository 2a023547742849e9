"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

/** A saved connector's test is stored as a delivery and moves its last result: refresh both. */
export function useTestConnector() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.test,
    onSettled: (_result, _error, { id }) => queryClient.invalidateQueries({ queryKey: connectorKeys.detail(id) }),
  });
}
