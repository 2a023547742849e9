"use client";
import { useQuery } from "@tanstack/react-query";
import { apiTokensApi } from "./api-client";
import { apiTokenKeys } from "./query-keys";

export function useApiTokens() {
  return useQuery({
    queryKey: apiTokenKeys.lists(),
    queryFn: ({ signal }) => apiTokensApi.list(signal),
    select: (response) => response.data,
  });
}
