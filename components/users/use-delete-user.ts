"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usersApi } from "./api-client";
import { userKeys } from "./query-keys";

export function useDeleteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: usersApi.remove,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
