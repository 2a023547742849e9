"use client";
import { useMutation } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";

/** Admin-only and audited on the server; the value is kept by the caller, never cached. */
export function useRevealSecret() {
  return useMutation({ mutationFn: connectorsApi.revealSecret });
}
