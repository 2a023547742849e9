"use client";
import { useMutation } from "@tanstack/react-query";
import { authApi } from "./api-client";

export function useSetup() {
  return useMutation({ mutationFn: authApi.setup });
}
