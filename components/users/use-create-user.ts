"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usersApi } from "./api-client";
import { userKeys } from "./query-keys";

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: usersApi.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
