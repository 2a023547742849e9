"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { eventKeys } from "../events/query-keys";
import { deliveriesApi } from "./api-client";
import { deliveryKeys } from "./query-keys";

export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deliveriesApi.retry,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
        queryClient.invalidateQueries({ queryKey: eventKeys.details() }),
      ]),
  });
}
