"use client";
// One delivery: where it stands, the event it carries, the connector it calls, its attempts on a timeline beside the
// retry schedule, and a side-by-side comparison of two attempts. Polls while the delivery can still change by itself.
import Link from "next/link";
import { useState } from "react";
import { useEvent } from "../event-log/use-event";
import { PageHeader } from "../shell/page-header";
import { BackLink } from "../ui/back-link";
import { Card, CardBody, CardHeader } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { DescriptionList } from "../ui/description-list";
import { prettyJson, readableBody } from "../ui/format-json";
import { TableMessage } from "../ui/table-states";
import { Button } from "../ui/button";
import { RelativeTime } from "../ui/relative-time";
import { AttemptCompare } from "./attempt-compare";
import { AttemptTimeline } from "./attempt-timeline";
import { RetrySchedule } from "./retry-schedule";
import { DeliveryActionsBar } from "./delivery-actions-bar";
import { deliveryKindLabels, deliveryStatusInfo } from "./delivery-status";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { useConnectorSummary } from "./use-connector-summary";
import { useDelivery } from "./use-delivery";
import { LinkedMessage } from "../ui/linked-message";

const linkClasses = "font-medium text-indigo-700 hover:underline";

export function DeliveryDetailView({ id }: { id: string }) {
  const delivery = useDelivery(id);
  const event = useEvent(delivery.data?.eventId ?? null);
  const connector = useConnectorSummary(delivery.data?.connectorId);
  const [comparing, setComparing] = useState(false);

  if (delivery.isPending) return <TableMessage>Loading delivery…</TableMessage>;
  if (delivery.isError) {
    return (
      <>
        <BackLink href="/deliveries">Deliveries</BackLink>
        <TableMessage tone="error">{delivery.error.message}</TableMessage>
      </>
    );
  }

  const data = delivery.data;
  // "Out of attempts" would be wrong for a delivery that died before its first request (the worker gave up).
  const statusHint =
    data.status === "dead" && data.attempts.length === 0 ? "Never sent" : deliveryStatusInfo[data.status].hint;
  const waiting = data.nextAttemptAt && (data.status === "pending" || data.status === "failed");

  return (
    <>
      <BackLink href="/deliveries">Deliveries</BackLink>
      <PageHeader
        title={event.data?.type ? `Delivery of ${event.data.type}` : "Delivery"}
        description={<span className="font-mono text-xs">{data.id}</span>}
        actions={<DeliveryActionsBar delivery={data} />}
      />

      <div className="space-y-6">
        <Card>
          <CardBody>
            <DescriptionList
              items={[
                {
                  term: "Status",
                  value: (
                    <span className="flex flex-wrap items-center gap-2">
                      <DeliveryStatusBadge status={data.status} />
                      <span className="text-slate-500">{statusHint}</span>
                    </span>
                  ),
                },
                {
                  term: "Next attempt",
                  value: waiting ? (
                    <span data-testid="next-attempt">
                      <RelativeTime value={data.nextAttemptAt} />{" "}
                      <span className="text-slate-500">(attempt {data.attemptCount + 1})</span>
                    </span>
                  ) : (
                    <span className="text-slate-500">None scheduled</span>
                  ),
                },
                {
                  term: "Attempts",
                  value: <span className="tabular-nums">{`${data.attemptCount} of ${data.maxAttempts}`}</span>,
                },
                {
                  term: "Last result",
                  value: data.lastError ? (
                    <span className="text-red-700">
                      <span className="font-mono">{data.lastError.code}</span>:{" "}
                      <LinkedMessage text={data.lastError.message} />
                    </span>
                  ) : (
                    (data.lastStatusText ?? <span className="text-slate-500">No attempt yet</span>)
                  ),
                },
                { term: "Created", value: <RelativeTime value={data.createdAt} /> },
                { term: "Completed", value: <RelativeTime value={data.completedAt} empty="Not yet" /> },
                { term: "Kind", value: deliveryKindLabels[data.kind] },
                { term: "Message id (webhook-id)", value: <span className="font-mono text-xs">{data.messageId}</span> },
              ]}
            />
          </CardBody>
        </Card>

        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader title="Connector" />
            <CardBody>
              {connector.data ? (
                <DescriptionList
                  columns={1}
                  items={[
                    {
                      term: "Name",
                      value: (
                        <Link href={`/connectors/${connector.data.id}`} className={linkClasses}>
                          {connector.data.name}
                        </Link>
                      ),
                    },
                    {
                      term: "Request",
                      value: (
                        <span className="font-mono text-xs break-all">
                          {connector.data.method} {connector.data.url}
                        </span>
                      ),
                    },
                  ]}
                />
              ) : (
                <Link href={`/connectors/${data.connectorId}`} className={linkClasses}>
                  Open connector
                </Link>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Event" />
            <CardBody className="space-y-4">
              {!data.eventId ? (
                <p className="text-sm text-slate-500">
                  No event: this was a {deliveryKindLabels[data.kind].toLowerCase()} call made from the connector page.
                </p>
              ) : event.data ? (
                <>
                  <DescriptionList
                    items={[
                      {
                        term: "Type",
                        value: (
                          <span className="font-mono text-xs">
                            {event.data.type ?? event.data.trigger?.name ?? "—"}
                          </span>
                        ),
                      },
                      { term: "Received", value: <RelativeTime value={event.data.receivedAt} /> },
                      {
                        term: "Event id",
                        value: (
                          <Link href={`/events/${event.data.id}`} className={`${linkClasses} font-mono text-xs`}>
                            {event.data.id}
                          </Link>
                        ),
                      },
                    ]}
                  />
                  {/* From the stored text, not the jsonb copy: jsonb sorts keys, the receiver got them as published. */}
                  <PayloadBlock rawBody={event.data.rawBody} body={event.data.body} />
                </>
              ) : (
                <Link href={`/events/${data.eventId}`} className={linkClasses}>
                  Open event
                </Link>
              )}
            </CardBody>
          </Card>
        </div>

        <section className="space-y-4" aria-labelledby="attempts-heading">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="attempts-heading" className="text-base font-semibold text-slate-900">
              Attempts <span className="text-slate-500">({data.attempts.length})</span>
            </h2>
            {data.attempts.length >= 2 && (
              <Button
                variant="secondary"
                size="sm"
                aria-expanded={comparing}
                onClick={() => setComparing((open) => !open)}
              >
                {comparing ? "Hide comparison" : "Compare attempts"}
              </Button>
            )}
          </div>
          {comparing && data.attempts.length >= 2 && <AttemptCompare attempts={data.attempts} />}
          <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
            <div className="min-w-0">
              <AttemptTimeline delivery={data} />
            </div>
            <div className="min-w-0">
              <RetrySchedule delivery={data} />
            </div>
          </div>
        </section>
      </div>
    </>
  );
}

/** The event's body: JSON pretty-printed, text (a trigger's form post or plain text) wrapped. */
function PayloadBlock({ rawBody, body }: { rawBody: string | null; body: unknown }) {
  const readable = rawBody !== null ? readableBody(rawBody) : { text: prettyJson(body), isJson: true };
  return (
    <CodeBlock label="Payload" code={readable.text} wrap={!readable.isJson} className="max-h-80 overflow-y-auto" />
  );
}
