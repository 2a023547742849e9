"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { authApi } from "./api-client";

export function useLogout() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: authApi.logout,
    onSuccess: () => {
      // Nothing cached for this user may survive into the next sign-in.
      queryClient.clear();
      router.replace("/login");
      router.refresh();
    },
  });
}
