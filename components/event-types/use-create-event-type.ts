"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { eventTypesApi } from "./api-client";
import { eventTypeKeys } from "./query-keys";

export function useCreateEventType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eventTypesApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventTypeKeys.all }),
  });
}
