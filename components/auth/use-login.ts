"use client";
import { useMutation } from "@tanstack/react-query";
import { authApi } from "./api-client";

export function useLogin() {
  return useMutation({ mutationFn: authApi.login });
}
