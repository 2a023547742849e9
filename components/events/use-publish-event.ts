"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deliveryKeys } from "../deliveries/query-keys";
import { eventKeys } from "./query-keys";
import { eventsApi } from "./api-client";

export function usePublishEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eventsApi.publish,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
      ]);
    },
  });
}
