"use client";
import Link from "next/link";
import { formatBytes } from "../ui/format-bytes";
import { formatShortTimestamp, formatTimestamp } from "../ui/format-timestamp";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import type { EventRow } from "../event-log/events-api";
import { EventSourceBadge } from "./event-source-badge";
import { ResponseStatus } from "./response-status";
import { LinkRow } from "../ui/link-row";

/** What an event is called in a list: its type, else the trigger that received it. */
export function eventTitle(event: Pick<EventRow, "type" | "trigger" | "method">): string {
  return event.type ?? (event.trigger ? `${event.method ?? "POST"} to ${event.trigger.name}` : "Untyped event");
}

/** Phones: one card per event instead of a table that scrolls sideways. */
function EventCards({ rows }: { rows: EventRow[] }) {
  return (
    <ul className="divide-y divide-slate-100 sm:hidden">
      {rows.map((event) => (
        <li key={event.id} data-testid="event-card">
          <Link href={`/events/${event.id}`} className="block space-y-1.5 px-5 py-3 hover:bg-slate-50">
            <span className="flex items-center justify-between gap-3">
              <span className={event.type ? "truncate font-mono text-xs text-slate-900" : "truncate text-sm text-slate-900"}>{eventTitle(event)}</span>
              <EventSourceBadge source={event.source} />
            </span>
            <span className="flex flex-wrap gap-x-3 text-xs text-slate-500">
              <span>{formatShortTimestamp(event.receivedAt)}</span>
              <span>{formatBytes(event.sizeBytes)}</span>
              <span>
                {event._count.deliveries} {event._count.deliveries === 1 ? "delivery" : "deliveries"}
              </span>
              <ResponseStatus status={event.responseStatus} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function EventsTable({ rows }: { rows: EventRow[] }) {
  return (
    <>
      <EventCards rows={rows} />
      <div className="max-sm:hidden">
        <Table>
          <THead>
            <Th>Received</Th>
            <Th>Source</Th>
            <Th>Type or trigger</Th>
            <Th className="text-right">Size</Th>
            <Th className="text-right">Deliveries</Th>
            <Th>Answered</Th>
          </THead>
          <TBody>
            {rows.map((event) => (
              <LinkRow key={event.id} href={`/events/${event.id}`} testId="event-row">
                <Td>
                  <Link href={`/events/${event.id}`} className="font-medium text-indigo-700 hover:underline" title={formatTimestamp(event.receivedAt)}>
                    {formatShortTimestamp(event.receivedAt)}
                  </Link>
                </Td>
                <Td>
                  <EventSourceBadge source={event.source} />
                </Td>
                <Td className={event.type ? "font-mono text-xs" : undefined}>{eventTitle(event)}</Td>
                <Td className="text-right tabular-nums">{formatBytes(event.sizeBytes)}</Td>
                <Td className="text-right tabular-nums">{event._count.deliveries}</Td>
                <Td>
                  <ResponseStatus status={event.responseStatus} />
                </Td>
              </LinkRow>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
