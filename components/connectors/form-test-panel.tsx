"use client";
// Test connection from the form, before saving: the connector as typed (secrets left masked come from the saved
// one) is sent once with the sample variables. Nothing is stored.
import { useState } from "react";
import { useFormContext, type Path } from "react-hook-form";
import type { UpdateConnectorInput } from "@/lib/connectors/schema";
import { toast } from "../ui/toast";
import { Button } from "../ui/button";
import { toConnectorPayload, type ConnectorFormValues } from "./form-values";
import { connectorFieldIssues, variablesProblem } from "./run-error";
import { RunSummary } from "./run-summary";
import { rememberSampleVariables } from "./sample-variables-memory";
import { useTestUnsavedConnector } from "./use-test-unsaved-connector";
import { parseVariables, VariablesEditor } from "./variables-editor";

export function FormTestPanel({ connectorId }: { connectorId?: string }) {
  const form = useFormContext<ConnectorFormValues, unknown, UpdateConnectorInput>();
  const testConnector = useTestUnsavedConnector();
  const [variablesText, setVariablesText] = useState("{}");
  const [variablesError, setVariablesError] = useState<string>();

  const runTest = form.handleSubmit(
    (values) => {
      const variables = parseVariables(variablesText);
      if (!variables.ok) return setVariablesError(variables.message);
      setVariablesError(undefined);
      testConnector.mutate(
        { connector: toConnectorPayload(values), connectorId, variables: variables.value },
        {
          onError: (error) => {
            const missing = variablesProblem(error);
            if (missing) return setVariablesError(missing);
            for (const issue of connectorFieldIssues(error)) {
              form.setError(issue.path as Path<ConnectorFormValues>, { type: "server", message: issue.message });
            }
            toast.error(error.message);
          },
        },
      );
    },
    () => toast.error("Fix the highlighted fields before testing"),
  );

  return (
    <div className="space-y-4">
      <VariablesEditor
        label="Sample variables (JSON)"
        value={variablesText}
        onChange={(value) => {
          setVariablesText(value);
          rememberSampleVariables(connectorId, value);
          setVariablesError(undefined);
        }}
        error={variablesError}
        rows={3}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" loading={testConnector.isPending} onClick={() => void runTest()}>
          Test connection
        </Button>
        <span className="text-xs text-slate-500">Sends the request once as configured above; nothing is saved.</span>
      </div>
      {testConnector.data && !testConnector.isPending && <RunSummary run={testConnector.data} />}
    </div>
  );
}
