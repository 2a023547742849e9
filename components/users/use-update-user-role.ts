"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { usersApi } from "./api-client";
import { userKeys } from "./query-keys";

export function useUpdateUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: usersApi.updateRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
