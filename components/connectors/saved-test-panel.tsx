"use client";
// Test connection for a saved connector: sent with sample variables and stored in History as a test.
import { Button } from "../ui/button";
import { RunSummary } from "./run-summary";
import { useTestConnector } from "./use-test-connector";
import { useRunWithVariables } from "./use-run-with-variables";
import { VariablesEditor } from "./variables-editor";

export function SavedTestPanel({ connectorId }: { connectorId: string }) {
  const test = useTestConnector();
  const { variablesText, setVariablesText, error, run } = useRunWithVariables(test, connectorId);

  return (
    <div className="space-y-4">
      <VariablesEditor
        label="Sample variables (JSON)"
        rows={3}
        value={variablesText}
        onChange={setVariablesText}
        error={error}
      />
      <Button variant="secondary" loading={test.isPending} onClick={run}>
        Test connection
      </Button>
      {test.data && !test.isPending && <RunSummary run={test.data} />}
    </div>
  );
}
