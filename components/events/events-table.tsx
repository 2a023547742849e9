"use client";
// The events list's rows: when, source, type or trigger, size, deliveries and the answer given.
import Link from "next/link";
import { cn } from "../ui/cn";
import { formatBytes } from "../ui/format-bytes";
import { formatShortTimestamp, formatTimestamp } from "../ui/format-timestamp";
import { ResponsiveList, type ResponsiveListProps } from "../ui/responsive-list";
import { TextExcerpt } from "../ui/text-excerpt";
import type { EventRow } from "../event-log/events-api";
import { EventSourceBadge } from "./event-source-badge";
import { ResponseStatus } from "./response-status";

/** What an event is called in a list: its type, else the trigger or app webhook that received it. */
export function eventTitle(event: Pick<EventRow, "type" | "trigger" | "method" | "appWebhookId">): string {
  if (event.type) return event.type;
  if (event.trigger) return `${event.method ?? "POST"} to ${event.trigger.name}`;
  return event.appWebhookId ? `${event.method ?? "POST"} to an app webhook` : "Untyped event";
}

/**
 * Phones: one card per event instead of a table that scrolls sideways; each card and row opens the event, unless
 * `selection` makes the rows select (the inspector layout's preview pane).
 */
export function EventsTable({
  rows,
  selection,
}: {
  rows: EventRow[];
  selection?: ResponsiveListProps<EventRow>["selection"];
}) {
  // Beside the preview pane the table is narrower: the source shares the type's cell, size and deliveries are left
  // to the pane.
  const compact = selection !== undefined;
  return (
    <ResponsiveList
      label="Events"
      rows={rows}
      selection={selection}
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
        !compact && { id: "source", header: "Source", cell: (event) => <EventSourceBadge source={event.source} /> },
        !compact && {
          id: "type",
          header: "Type or trigger",
          cell: (event) => (
            <span className="flex flex-col">
              <span className={event.type ? "font-mono text-xs" : undefined}>{eventTitle(event)}</span>
              <TextExcerpt text={event.excerpt} />
            </span>
          ),
        },
        compact && {
          id: "source-and-type",
          header: "Source and type",
          className: "max-w-72",
          title: eventTitle,
          cell: (event) => (
            <span className="flex min-w-0 flex-col">
              <span className="flex min-w-0 items-center gap-2">
                <EventSourceBadge source={event.source} />
                <span className={cn("truncate", event.type && "font-mono text-xs")}>{eventTitle(event)}</span>
              </span>
              <TextExcerpt text={event.excerpt} />
            </span>
          ),
        },
        !compact && {
          id: "size",
          header: "Size",
          headerClassName: "text-right",
          className: "text-right tabular-nums",
          cell: (event) => formatBytes(event.sizeBytes),
        },
        !compact && {
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
