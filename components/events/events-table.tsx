"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { formatBytes } from "../ui/format-bytes";
import { formatShortTimestamp, formatTimestamp } from "../ui/format-timestamp";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import type { EventRow } from "./api-client";
import { EventSourceBadge } from "./event-source-badge";
import { ResponseStatus } from "./response-status";

/** What an event is called in a list: its type, else the trigger that received it. */
export function eventTitle(event: Pick<EventRow, "type" | "trigger" | "method">): string {
  return event.type ?? (event.trigger ? `${event.method ?? "POST"} to ${event.trigger.name}` : "Untyped event");
}

export function EventsTable({ rows }: { rows: EventRow[] }) {
  const router = useRouter();
  return (
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
          <tr
            key={event.id}
            data-testid="event-row"
            onClick={(click) => {
              if (!(click.target as HTMLElement).closest("a")) router.push(`/events/${event.id}`);
            }}
            className="cursor-pointer hover:bg-slate-50"
          >
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
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
