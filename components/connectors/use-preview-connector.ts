"use client";
import { useMutation } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";

/** Preview renders without sending or storing anything: nothing to invalidate. */
export function usePreviewConnector() {
  return useMutation({ mutationFn: connectorsApi.preview });
}
