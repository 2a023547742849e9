"use client";
// The events list's rows: when, source, type or trigger, size, deliveries and the answer given.
import Link from "next/link";
import { formatBytes } from "../ui/format-bytes";
import { formatShortTimestamp, formatTimestamp } from "../ui/format-timestamp";
import { ResponsiveList } from "../ui/responsive-list";
import { TextExcerpt } from "../ui/text-excerpt";
import type { EventRow } from "../event-log/events-api";
import { EventSourceBadge } from "./event-source-badge";
import { ResponseStatus } from "./response-status";

/** What an event is called in a list: its type, else the trigger that received it. */
export function eventTitle(event: Pick<EventRow, "type" | "trigger" | "method">): string {
  return event.type ?? (event.trigger ? `${event.method ?? "POST"} to ${event.trigger.name}` : "Untyped event");
}

/** Phones: one card per event instead of a table that scrolls sideways; each card and row opens the event. */
export function EventsTable({ rows }: { rows: EventRow[] }) {
  return (
    <ResponsiveList
      rows={rows}
      rowKey={(event) => event.id}
      href={(event) => `/events/${event.id}`}
      cardTestId="event-card"
      rowTestId="event-row"
      card={(event) => (
        <>
          <span className="flex items-center justify-between gap-3">
            <span
              className={event.type ? "truncate font-mono text-xs text-slate-900" : "truncate text-sm text-slate-900"}
            >
              {eventTitle(event)}
            </span>
            <EventSourceBadge source={event.source} />
          </span>
          <TextExcerpt text={event.excerpt} />
          <span className="flex flex-wrap gap-x-3 text-xs text-slate-500">
            <span>{formatShortTimestamp(event.receivedAt)}</span>
            <span>{formatBytes(event.sizeBytes)}</span>
            <span>
              {event._count.deliveries} {event._count.deliveries === 1 ? "delivery" : "deliveries"}
            </span>
            <ResponseStatus status={event.responseStatus} />
          </span>
        </>
      )}
      columns={[
        {
          id: "received",
          header: "Received",
          cell: (event) => (
            <Link
              href={`/events/${event.id}`}
              className="font-medium text-indigo-700 hover:underline"
              title={formatTimestamp(event.receivedAt)}
            >
              {formatShortTimestamp(event.receivedAt)}
            </Link>
          ),
        },
        { id: "source", header: "Source", cell: (event) => <EventSourceBadge source={event.source} /> },
        {
          id: "type",
          header: "Type or trigger",
          cell: (event) => (
            <span className="flex flex-col">
              <span className={event.type ? "font-mono text-xs" : undefined}>{eventTitle(event)}</span>
              <TextExcerpt text={event.excerpt} />
            </span>
          ),
        },
        {
          id: "size",
          header: "Size",
          headerClassName: "text-right",
          className: "text-right tabular-nums",
          cell: (event) => formatBytes(event.sizeBytes),
        },
        {
          id: "deliveries",
          header: "Deliveries",
          headerClassName: "text-right",
          className: "text-right tabular-nums",
          cell: (event) => event._count.deliveries,
        },
        { id: "answered", header: "Answered", cell: (event) => <ResponseStatus status={event.responseStatus} /> },
      ]}
    />
  );
}
