"use client";
import { useMutation } from "@tanstack/react-query";
import { settingsApi } from "./api-client";

export function useCheckAddress() {
  return useMutation({ mutationFn: settingsApi.checkAddress });
}
