"use client";
// The Deliveries list's preview pane: where the selected delivery stands, and its latest attempt's request and
// response in short, with a link to its page (every attempt, retry and cancel).
import { RelativeTime } from "../ui/relative-time";
import Link from "next/link";
import { RequestLine } from "../connectors/request-line";
import type { DeliveryAttempt } from "../event-log/deliveries-api";
import { Badge } from "../ui/badge";
import { Card, CardBody } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { DescriptionList } from "../ui/description-list";
import { InspectorHint } from "../ui/inspector";
import { TableMessage } from "../ui/table-states";
import { deliveryKindLabels, deliveryStatusInfo } from "./delivery-status";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { statusMeaning } from "./status-meaning";
import { useConnectorSummary } from "./use-connector-summary";
import { useDelivery } from "./use-delivery";

const linkClasses = "font-medium text-indigo-700 hover:underline";

/** `connectorName`: the selected row's, which the list already holds, so the title does not change from "Delivery"
 * to "To …" once the connector's own query answers. */
export function DeliveryPreview({ id, connectorName }: { id: string | null; connectorName?: string }) {
  if (id === null) {
    return <InspectorHint noun="a delivery" />;
  }
  // Keyed by id: each delivery gets its own queries (the detail hook takes a fixed id).
  return <SelectedDelivery key={id} id={id} connectorName={connectorName} />;
}

function SelectedDelivery({ id, connectorName }: { id: string; connectorName?: string }) {
  const delivery = useDelivery(id);
  const connector = useConnectorSummary(delivery.data?.connectorId);
  const name = connector.data?.name ?? connectorName;
  if (delivery.isPending) return <TableMessage>Loading delivery…</TableMessage>;
  if (delivery.isError) {
    return <TableMessage tone="error">Could not load the delivery: {delivery.error.message}</TableMessage>;
  }
  const data = delivery.data;
  const latest = data.attempts.at(-1);
  const waiting = data.nextAttemptAt && (data.status === "pending" || data.status === "failed");

  return (
    <Card>
      <div className="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
        <div className="min-w-0">
          <h2 className="truncate text-base font-semibold text-slate-900" data-testid="preview-title">
            {name ? `To ${name}` : "Delivery"}
          </h2>
          <p className="truncate font-mono text-xs text-slate-500">{data.id}</p>
        </div>
        <Link href={`/deliveries/${data.id}`} className={`${linkClasses} shrink-0 text-sm`}>
          Open delivery
        </Link>
      </div>
      <CardBody className="space-y-5">
        <DescriptionList
          items={[
            {
              term: "Status",
              value: (
                <span className="flex flex-wrap items-center gap-2">
                  <DeliveryStatusBadge status={data.status} />
                  <span className="text-slate-500">{deliveryStatusInfo[data.status].hint}</span>
                </span>
              ),
            },
            {
              term: "Attempts",
              value: <span className="tabular-nums">{`${data.attemptCount} of ${data.maxAttempts}`}</span>,
            },
            {
              term: "Next attempt",
              value: waiting ? (
                <RelativeTime value={data.nextAttemptAt} />
              ) : (
                <span className="text-slate-500">None scheduled</span>
              ),
            },
            {
              term: "Event",
              value: data.eventId ? (
                <Link href={`/events/${data.eventId}`} className={linkClasses}>
                  Open event
                </Link>
              ) : (
                <span className="text-slate-500">{deliveryKindLabels[data.kind]} call, no event</span>
              ),
            },
          ]}
        />
        {latest ? <LatestAttempt attempt={latest} /> : <p className="text-sm text-slate-500">No attempt yet.</p>}
      </CardBody>
    </Card>
  );
}

function LatestAttempt({ attempt }: { attempt: DeliveryAttempt }) {
  const { request, response, error } = attempt;
  return (
    <section className="min-w-0 space-y-3" aria-label="Latest attempt">
      <h3 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        <span>Latest attempt · {attempt.number}</span>
        <Badge tone={attempt.succeeded ? "green" : "red"} className="tracking-normal normal-case">
          {attempt.succeeded ? "Succeeded" : "Failed"}
        </Badge>
        <span className="font-normal tracking-normal normal-case tabular-nums">
          <RelativeTime value={attempt.startedAt} /> · {attempt.durationMs.toLocaleString()} ms
        </span>
      </h3>
      <RequestLine request={request} />
      {error && (
        <p role="note" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          <span className="font-mono font-semibold">{error.code}</span>
          {error.message && `: ${error.message}`}
        </p>
      )}
      {request.body && <BodyBlock label="Request body" body={request.body} />}
      {response ? (
        <>
          <p className="text-sm">
            <span className="font-mono font-semibold text-slate-900" data-testid="preview-response-status">
              {response.statusText}
            </span>{" "}
            <span className="text-slate-600">{statusMeaning(response.status)}</span>
          </p>
          {response.body ? (
            <BodyBlock label="Response body" body={response.body} />
          ) : (
            <p className="text-sm text-slate-500">Empty response body</p>
          )}
        </>
      ) : (
        <p className="text-sm text-slate-500">No response: the request did not get an answer.</p>
      )}
    </section>
  );
}

/** A stored body: pretty-printed and coloured when it is JSON, as it came otherwise. */
function BodyBlock({ label, body }: { label: string; body: string }) {
  let pretty: string | null = null;
  try {
    pretty = JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    // Not JSON (or cut at the storage limit): shown as stored.
  }
  return pretty === null ? (
    <CodeBlock label={label} code={body} wrap className="max-h-64 overflow-y-auto" />
  ) : (
    <CodeBlock label={label} code={pretty} language="json" className="max-h-64 overflow-y-auto" />
  );
}
