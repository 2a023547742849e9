"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { eventTypesApi } from "./api-client";
import { eventTypeKeys } from "./query-keys";

export function useImportCatalogue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eventTypesApi.importCatalogue,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: eventTypeKeys.all }),
  });
}
