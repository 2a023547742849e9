"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";
import { connectorKeys } from "./query-keys";

export function useUpdateEventSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: connectorsApi.updateEventSettings,
    onSuccess: (settings, { id }) => {
      queryClient.setQueryData(connectorKeys.eventSettings(id), settings);
      // notifyOnFailure is also a connector field shown on the Overview.
      return queryClient.invalidateQueries({ queryKey: connectorKeys.detail(id), exact: true });
    },
  });
}
