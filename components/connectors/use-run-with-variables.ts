"use client";
// Shared by Execute and Test connection on a saved connector: the variables box, its JSON check, and the run
// (missing variables land under the box; any other failure in a toast).
import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "../ui/toast";
import { variablesProblem } from "./run-error";
import { rememberedSampleVariables, rememberSampleVariables } from "./sample-variables-memory";
import { parseVariables } from "./variables-editor";

type RunMutation<Result> = UseMutationResult<Result, Error, { id: string; variables: Record<string, unknown> }>;

export function useRunWithVariables<Result>(mutation: RunMutation<Result>, connectorId: string) {
  // Rendered only once the connector has loaded (never on the server), so reading the tab's storage here is safe.
  const [variablesText, setVariablesText] = useState(() => rememberedSampleVariables(connectorId) ?? "{}");
  const [error, setError] = useState<string>();

  function run() {
    const variables = parseVariables(variablesText);
    if (!variables.ok) return setError(variables.message);
    setError(undefined);
    mutation.mutate(
      { id: connectorId, variables: variables.value },
      {
        onError: (failure) => {
          const missing = variablesProblem(failure);
          if (missing) setError(missing);
          else toast.error(failure.message);
        },
      },
    );
  }

  /** Editing clears the previous complaint. */
  function edit(value: string) {
    setVariablesText(value);
    rememberSampleVariables(connectorId, value);
    setError(undefined);
  }

  return { variablesText, setVariablesText: edit, error, run };
}
