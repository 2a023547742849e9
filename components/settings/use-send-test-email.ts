"use client";
import { useMutation } from "@tanstack/react-query";
import { settingsApi } from "./api-client";

export function useSendTestEmail() {
  return useMutation({ mutationFn: settingsApi.sendTestEmail });
}
