"use client";
// Test connection for a saved connector: sent with sample variables and stored in History as a test.
import { useState } from "react";
import { Button } from "../ui/button";
import { toast } from "../ui/toast";
import { variablesProblem } from "./run-error";
import { RunSummary } from "./run-summary";
import { useTestConnector } from "./use-test-connector";
import { parseVariables, VariablesEditor } from "./variables-editor";

export function SavedTestPanel({ connectorId }: { connectorId: string }) {
  const test = useTestConnector();
  const [variablesText, setVariablesText] = useState("{}");
  const [error, setError] = useState<string>();

  function run() {
    const variables = parseVariables(variablesText);
    if (!variables.ok) return setError(variables.message);
    setError(undefined);
    test.mutate(
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

  return (
    <div className="space-y-4">
      <VariablesEditor label="Sample variables (JSON)" rows={3} value={variablesText} onChange={setVariablesText} error={error} />
      <Button variant="secondary" loading={test.isPending} onClick={run}>
        Test connection
      </Button>
      {test.data && !test.isPending && <RunSummary run={test.data} />}
    </div>
  );
}
