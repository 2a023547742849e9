"use client";
// Execute: send the saved connector now with the given variables; the call is stored in History as an execution.
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { RunResult } from "./run-result";
import { useExecuteConnector } from "./use-execute-connector";
import { useRunWithVariables } from "./use-run-with-variables";
import { VariablesEditor } from "./variables-editor";

export function ExecutePanel({ connectorId, canRun }: { connectorId: string; canRun: boolean }) {
  const execute = useExecuteConnector();
  const { variablesText, setVariablesText, error, run: send } = useRunWithVariables(execute, connectorId);

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title="Execute" description="Send the request now. The call is recorded in History." />
        <CardBody className="space-y-4">
          {canRun ? (
            <>
              <VariablesEditor value={variablesText} onChange={setVariablesText} error={error} />
              <Button loading={execute.isPending} onClick={send}>
                Send
              </Button>
            </>
          ) : (
            <p className="text-sm text-slate-600">
              Viewers can read connectors but not call them. Past calls are in History.
            </p>
          )}
        </CardBody>
      </Card>
      {execute.data && !execute.isPending && (
        <Card>
          <CardHeader title="Result" />
          <CardBody>
            <RunResult run={execute.data} />
          </CardBody>
        </Card>
      )}
    </div>
  );
}
