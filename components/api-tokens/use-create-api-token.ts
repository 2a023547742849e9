"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiTokensApi } from "./api-client";
import { apiTokenKeys } from "./query-keys";

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiTokensApi.create,
    onSuccess: ({ apiToken }) => {
      // The answer carries the new row: it is listed at once, not only after the refetch (which a busy server can
      // take seconds to answer, leaving "No API tokens yet" under the token just created).
      queryClient.setQueryData<{ data: (typeof apiToken)[] }>(apiTokenKeys.lists(), (list) =>
        list && !list.data.some((row) => row.id === apiToken.id) ? { ...list, data: [apiToken, ...list.data] } : list,
      );
      return queryClient.invalidateQueries({ queryKey: apiTokenKeys.lists() });
    },
  });
}
