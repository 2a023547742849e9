"use client";
// The Events list's preview pane: the selected event's verdict and answer, its body (JSON pretty-printed and
// coloured), headers and query, and a link to its page, which has the rest (deliveries, replay, raw bytes).
import { RelativeTime } from "../ui/relative-time";
import Link from "next/link";
import { useEvent } from "../event-log/use-event";
import type { EventDetail } from "../event-log/events-api";
import type { ReactNode } from "react";
import { Card, CardBody } from "../ui/card";
import { InspectorHint } from "../ui/inspector";
import { CodeBlock } from "../ui/code-block";
import { DescriptionList } from "../ui/description-list";
import { formatBytes } from "../ui/format-bytes";
import { KeyValueTable } from "../ui/key-value-table";
import { TableMessage } from "../ui/table-states";
import { EventSourceBadge } from "./event-source-badge";
import { eventTitle } from "./events-table";
import { RawBodyView } from "./raw-body-view";
import { ResponseStatus } from "./response-status";
import { VerificationVerdict } from "./verification-verdict";

const linkClasses = "font-medium text-indigo-700 hover:underline";

export function EventPreview({ id }: { id: string | null }) {
  const event = useEvent(id);
  if (id === null) {
    return <InspectorHint noun="an event" />;
  }
  if (event.isPending) return <TableMessage>Loading event…</TableMessage>;
  if (event.isError) return <TableMessage tone="error">Could not load the event: {event.error.message}</TableMessage>;
  const data = event.data;

  return (
    <Card>
      <div className="flex items-start justify-between gap-3 border-b border-slate-200 px-5 py-4">
        <div className="min-w-0">
          <h2 className="truncate text-base font-semibold text-slate-900" data-testid="preview-title">
            {eventTitle(data)}
          </h2>
          <p className="truncate font-mono text-xs text-slate-500">{data.id}</p>
        </div>
        <Link href={`/events/${data.id}`} className={`${linkClasses} shrink-0 text-sm`}>
          Open event
        </Link>
      </div>
      <CardBody className="space-y-5">
        <DescriptionList
          items={[
            { term: "Source", value: <EventSourceBadge source={data.source} /> },
            { term: "Received", value: <RelativeTime value={data.receivedAt} /> },
            { term: "Verification", value: <VerificationVerdict verification={data.verification} /> },
            {
              term: "Answered",
              value: (
                <span className="flex items-center gap-2">
                  <ResponseStatus status={data.responseStatus} />
                  <span className="text-slate-500">
                    {data.deliveries.length} {data.deliveries.length === 1 ? "delivery" : "deliveries"}
                  </span>
                </span>
              ),
            },
            {
              term: "Request",
              value: (
                <span className="font-mono text-xs break-all">
                  {[data.method, data.contentType, formatBytes(data.sizeBytes)].filter(Boolean).join(" · ")}
                </span>
              ),
            },
            { term: "Sender IP", value: data.sourceIp ?? <span className="text-slate-500">Unknown</span> },
          ]}
        />
        <PreviewSection title="Body">
          <EventBody event={data} />
        </PreviewSection>
        <PreviewSection title="Headers">
          <KeyValueTable
            label="Request headers"
            values={data.headers}
            empty="No headers stored (published through the API)"
          />
        </PreviewSection>
        <PreviewSection title="Query">
          <KeyValueTable label="Query parameters" values={data.query} empty="No query parameters" />
        </PreviewSection>
      </CardBody>
    </Card>
  );
}

function PreviewSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="min-w-0 space-y-2">
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      {children}
    </section>
  );
}

/** JSON pretty-printed and coloured (key order as received); other text as it came; bytes as the raw view. */
export function EventBody({ event }: { event: EventDetail }) {
  const text = event.rawBody ?? (event.body !== null && event.body !== undefined ? JSON.stringify(event.body) : null);
  const json = text === null ? null : parseJson(text);
  if (json !== null) {
    return (
      <CodeBlock
        label="Body (JSON)"
        language="json"
        code={JSON.stringify(json.value, null, 2)}
        className="max-h-[28rem] overflow-y-auto"
      />
    );
  }
  if (event.rawBody !== null && event.rawBody !== "") {
    return <CodeBlock label="Body" code={event.rawBody} wrap className="max-h-[28rem] overflow-y-auto" />;
  }
  return (
    <RawBodyView
      eventId={event.id}
      rawBody={event.rawBody}
      rawBodyBase64={event.rawBodyBase64}
      contentType={event.contentType}
    />
  );
}

/** Wrapped, so a body that is the JSON literal null is told apart from one that is not JSON. */
function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}
