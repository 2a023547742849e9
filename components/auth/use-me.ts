"use client";
import { useQuery } from "@tanstack/react-query";
import { authApi } from "./api-client";
import { authKeys } from "./query-keys";

export function useMe() {
  return useQuery({ queryKey: authKeys.me(), queryFn: ({ signal }) => authApi.me(signal) });
}
