"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deliveryKeys } from "../event-log/delivery-keys";
import { eventsApi } from "../event-log/events-api";
import { eventKeys } from "../event-log/event-keys";

/** Runs an event's deliveries again; the event page then lists the new ones beside the old. */
export function useReplayEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eventsApi.replay,
    onSuccess: async (_result, id) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
      ]);
    },
  });
}
