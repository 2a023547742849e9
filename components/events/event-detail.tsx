"use client";
// One event as it came in: who sent it, its headers, raw and parsed body, query, what Switchboard answered, and
// the deliveries it started (refreshing while any is still under way).
import { RelativeTime } from "../ui/relative-time";
import { DeliveriesTable } from "../deliveries/deliveries-table";
import { PageHeader } from "../shell/page-header";
import { BackLink } from "../ui/back-link";
import { Card, CardBody, CardHeader } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { DescriptionList } from "../ui/description-list";
import { formatBytes } from "../ui/format-bytes";
import { prettyJson } from "../ui/format-json";
import { KeyValueTable } from "../ui/key-value-table";
import { TableMessage } from "../ui/table-states";
import { Tabs } from "../ui/tabs";
import { EventSourceBadge } from "./event-source-badge";
import { eventTitle } from "./events-table";
import { VerificationVerdict } from "./verification-verdict";
import { useCanWrite } from "../shell/viewer-context";
import { PreviewThroughConnector } from "./preview-through-connector";
import { RawBodyView } from "./raw-body-view";
import { ReplayEventButton } from "./replay-event-button";
import { ResponseStatus } from "./response-status";
import { EventBody } from "./event-preview";
import { useEvent } from "../event-log/use-event";

const muted = (text: string) => <span className="text-slate-500">{text}</span>;

export function EventDetailView({ id }: { id: string }) {
  const event = useEvent(id);
  const canWrite = useCanWrite();

  if (event.isPending) return <TableMessage>Loading event…</TableMessage>;
  if (event.isError) {
    return (
      <>
        <BackLink href="/events">Events</BackLink>
        <TableMessage tone="error">{event.error.message}</TableMessage>
      </>
    );
  }
  const data = event.data;

  return (
    <>
      <BackLink href="/events">Events</BackLink>
      <PageHeader
        title={eventTitle(data)}
        description={<span className="font-mono text-xs">{data.id}</span>}
        actions={<ReplayEventButton id={data.id} answered={data.responseStatus} />}
      />

      <div className="space-y-6">
        <Card>
          <CardBody>
            <DescriptionList
              items={[
                { term: "Source", value: <EventSourceBadge source={data.source} /> },
                { term: "Received", value: <RelativeTime value={data.receivedAt} /> },
                {
                  term: "Type",
                  value: data.type ? <span className="font-mono text-xs">{data.type}</span> : muted("None"),
                },
                {
                  term: "Trigger",
                  value: data.trigger ? `${data.trigger.name} (${data.trigger.slug})` : muted("None"),
                },
                {
                  term: "Request",
                  value: (
                    <span className="font-mono text-xs">
                      {[data.method, data.contentType].filter(Boolean).join(" · ") || "—"}
                    </span>
                  ),
                },
                { term: "Size", value: formatBytes(data.sizeBytes) },
                { term: "Sender IP", value: data.sourceIp ?? muted("Unknown") },
                { term: "Verification", value: <VerificationVerdict verification={data.verification} /> },
                {
                  term: "Idempotency key",
                  value: data.idempotencyKey ? (
                    <span className="font-mono text-xs">{data.idempotencyKey}</span>
                  ) : (
                    muted("None")
                  ),
                },
              ]}
            />
          </CardBody>
        </Card>

        <Card>
          <CardHeader title="Request" description="What the sender sent, as stored before anything else happened." />
          <CardBody>
            <Tabs
              label="Request parts"
              items={[
                {
                  id: "body",
                  label: "Body",
                  content: data.bodyRawOnly ? (
                    muted(
                      "This body holds characters PostgreSQL cannot store as parsed JSON (a NUL or a lone surrogate); it is kept byte for byte under Raw.",
                    )
                  ) : (
                    // The raw bytes decide: a refused request stores no parsed body, yet its JSON is worth reading.
                    <EventBody event={data} />
                  ),
                },
                {
                  id: "raw",
                  label: "Raw",
                  content: (
                    <RawBodyView
                      eventId={data.id}
                      rawBody={data.rawBody}
                      rawBodyBase64={data.rawBodyBase64}
                      contentType={data.contentType}
                    />
                  ),
                },
                {
                  id: "headers",
                  label: "Headers",
                  content: (
                    <KeyValueTable
                      label="Request headers"
                      values={data.headers}
                      empty="No headers stored (published through the API)"
                    />
                  ),
                },
                {
                  id: "query",
                  label: "Query",
                  content: <KeyValueTable label="Query parameters" values={data.query} empty="No query parameters" />,
                },
              ]}
            />
          </CardBody>
        </Card>

        <Card>
          <CardHeader title="Answer" description="What Switchboard replied to the sender." />
          <CardBody className="space-y-3">
            <p className="text-sm">
              Status <ResponseStatus status={data.responseStatus} />
            </p>
            {data.responseBody !== null && data.responseBody !== undefined && (
              <CodeBlock label="Response body" code={prettyJson(data.responseBody)} />
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title={`Deliveries (${data.deliveries.length})`}
            description="The calls this event started, one per subscribed connector or trigger action."
          />
          {data.deliveries.length === 0 ? (
            <TableMessage>
              {data.responseStatus !== null && data.responseStatus >= 400
                ? `No deliveries: Switchboard refused the request (${data.responseStatus}), so it was not passed on.`
                : "No deliveries: nothing was subscribed to this event when it arrived."}
            </TableMessage>
          ) : (
            <DeliveriesTable rows={data.deliveries} showEvent={false} />
          )}
        </Card>
        {canWrite && <PreviewThroughConnector eventId={data.id} />}
      </div>
    </>
  );
}
