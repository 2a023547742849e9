"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useRotateSigningSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.rotateSigningSecret,
    onSuccess: (_result, id) => queryClient.invalidateQueries({ queryKey: connectorKeys.eventSettings(id) }),
  });
}
