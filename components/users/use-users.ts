"use client";
import { useQuery } from "@tanstack/react-query";
import { usersApi } from "./api-client";
import { userKeys } from "./query-keys";

export function useUsers() {
  return useQuery({
    queryKey: userKeys.lists(),
    queryFn: ({ signal }) => usersApi.list(signal),
    select: (response) => response.data,
  });
}
