"use client";
import { useMutation } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";

/** Admin-only and audited on the server; the plaintext stays in the component that asked for it. */
export function useRevealSigningSecret() {
  return useMutation({ mutationFn: connectorsApi.revealSigningSecret });
}
