"use client";
// Publishing an event from the dashboard (the event types' test send); it refreshes both the events and deliveries.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deliveryKeys } from "./delivery-keys";
import { eventKeys } from "./event-keys";
import { eventsApi } from "./events-api";

export function usePublishEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eventsApi.publishTest,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
      ]);
    },
  });
}
