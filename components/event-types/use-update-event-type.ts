"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateEventTypeInput } from "@/lib/event-types/schema";
import { eventTypesApi } from "./api-client";
import { eventTypeKeys } from "./query-keys";

/** Field edits and archive/unarchive ({archived}) alike. */
export function useUpdateEventType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateEventTypeInput }) => eventTypesApi.update(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventTypeKeys.all }),
  });
}
