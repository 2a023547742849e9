"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { eventKeys } from "../event-log/event-keys";
import { deliveriesApi } from "../event-log/deliveries-api";
import { deliveryKeys } from "../event-log/delivery-keys";

export function useCancelDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deliveriesApi.cancel,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
        queryClient.invalidateQueries({ queryKey: eventKeys.details() }),
      ]),
  });
}
