"use client";
import { useMutation } from "@tanstack/react-query";
import { connectorsApi } from "./api-client";

/** The form's Test button: nothing is stored, so there is nothing to invalidate. */
export function useTestUnsavedConnector() {
  return useMutation({ mutationFn: connectorsApi.testUnsaved });
}
