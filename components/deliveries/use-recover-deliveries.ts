"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deliveriesApi } from "../event-log/deliveries-api";
import { deliveryKeys } from "../event-log/delivery-keys";

export function useRecoverDeliveries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deliveriesApi.recover,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
  });
}
