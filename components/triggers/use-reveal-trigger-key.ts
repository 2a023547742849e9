"use client";
import { useMutation } from "@tanstack/react-query";
import { triggersApi } from "./api-client";

/** Admin only, and audited on the server: the current key, kept in memory for this page view. */
export function useRevealTriggerKey() {
  return useMutation({ mutationFn: triggersApi.revealKey });
}
