"use client";
// "Test trigger": a signed sample through the real endpoint; shows the answer, what was stored (the parsed
// variables) and the deliveries it started, with links to follow them.
import Link from "next/link";
import { DeliveryStatusBadge } from "../deliveries/delivery-status-badge";
import type { DeliveryStatus } from "../event-log/deliveries-api";
import { HttpStatusBadge } from "../ui/http-status-badge";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { prettyJson } from "../ui/format-json";
import type { TriggerDto } from "./types";
import { useTestTrigger } from "./use-test-trigger";

export function TestTriggerPanel({ trigger, canRun }: { trigger: TriggerDto; canRun: boolean }) {
  const test = useTestTrigger();
  const result = test.data;

  return (
    <Card>
      <CardHeader
        title="Test trigger"
        description='Sends {"event":"test","sentBy":"Switchboard"} through the real endpoint, authenticated the way this trigger expects.'
        actions={
          canRun && (
            <Button
              size="sm"
              loading={test.isPending}
              onClick={() => test.mutate({ id: trigger.id }, { onError: (error) => showServerError(error) })}
            >
              Test trigger
            </Button>
          )
        }
      />
      {result && (
        <CardBody className="space-y-4">
          <div data-testid="test-trigger-result" className="flex flex-wrap items-center gap-3 text-sm">
            <span className="font-medium text-slate-900">Answer</span>
            <HttpStatusBadge status={result.status} />
            <code className="font-mono text-xs break-all text-slate-700">{JSON.stringify(result.answer)}</code>
          </div>
          {result.event ? (
            <>
              <p className="text-sm text-slate-600">
                Stored as{" "}
                <Link href={`/events/${result.event.id}`} className="font-medium text-indigo-700 hover:underline">
                  event {result.event.id.slice(0, 8)}
                </Link>{" "}
                · verification <code className="font-mono text-xs">{result.event.verification}</code>
              </p>
              <div className="grid gap-4 lg:grid-cols-2">
                <CodeBlock label={`{{${trigger.bodyVariable}}}`} code={prettyJson(result.event.body)} />
                <CodeBlock label={`{{${trigger.headerVariable}}}`} code={prettyJson(result.event.headers)} />
              </div>
              <div>
                <h3 className="text-sm font-medium text-slate-900">Deliveries started</h3>
                {result.event.deliveries.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-500">
                    None: this trigger has no actions with an enabled connector.
                  </p>
                ) : (
                  <ul className="mt-2 divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
                    {result.event.deliveries.map((delivery) => (
                      <li
                        key={delivery.id}
                        className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm"
                      >
                        <Link
                          href={`/deliveries/${delivery.id}`}
                          className="font-medium text-indigo-700 hover:underline"
                        >
                          {delivery.connector.name}
                        </Link>
                        <DeliveryStatusBadge status={delivery.status as DeliveryStatus} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </>
          ) : (
            <p className="text-sm text-slate-600">
              Nothing was stored (the endpoint refused the request before storing it).
            </p>
          )}
        </CardBody>
      )}
      {!result && !canRun && (
        <CardBody>
          <p className="text-sm text-slate-500">Only admins can send a test request.</p>
        </CardBody>
      )}
    </Card>
  );
}
