"use client";
import { useMutation } from "@tanstack/react-query";
import { settingsApi } from "./api-client";

export function useRevealAppSecret() {
  return useMutation({ mutationFn: settingsApi.revealAppSecret });
}
