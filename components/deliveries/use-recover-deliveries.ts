"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deliveriesApi } from "./api-client";
import { deliveryKeys } from "./query-keys";

export function useRecoverDeliveries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deliveriesApi.recover,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
  });
}
