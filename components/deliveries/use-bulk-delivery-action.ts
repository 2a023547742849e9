"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deliveriesApi } from "../event-log/deliveries-api";
import { deliveryKeys } from "../event-log/delivery-keys";

/** Dry runs change nothing, so only a real run refreshes the lists and tiles. */
export function useBulkDeliveryAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deliveriesApi.bulk,
    onSuccess: (answer) => {
      if (!answer.dryRun) void queryClient.invalidateQueries({ queryKey: deliveryKeys.all });
    },
  });
}
