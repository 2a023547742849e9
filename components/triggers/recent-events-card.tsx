"use client";
import Link from "next/link";
import { HttpStatusBadge } from "../ui/http-status-badge";
import { ButtonLink } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { formatBytes } from "../ui/format-bytes";
import { RelativeTime } from "../ui/relative-time";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { TableMessage } from "../ui/table-states";
import { useTriggerEvents } from "./use-trigger-events";

/** The last ten requests this trigger received; the Events page has the rest, filtered to this trigger. */
export function RecentEventsCard({ triggerId }: { triggerId: string }) {
  const events = useTriggerEvents(triggerId);
  return (
    <Card>
      <CardHeader
        title="Recent events"
        description="Every request this trigger received, accepted or not."
        actions={
          <ButtonLink size="sm" variant="secondary" href={`/events?triggerId=${triggerId}`}>
            All events
          </ButtonLink>
        }
      />
      {events.isPending ? (
        <TableMessage>Loading events…</TableMessage>
      ) : events.isError ? (
        <TableMessage tone="error">Could not load events: {events.error.message}</TableMessage>
      ) : events.data.length === 0 ? (
        <TableMessage>No requests yet. Post to the URL above, or use Test trigger.</TableMessage>
      ) : (
        <Table label="Recent events">
          <THead>
            <Th>Received</Th>
            <Th>Answer</Th>
            <Th>Method</Th>
            <Th>Size</Th>
            <Th>Deliveries</Th>
          </THead>
          <TBody>
            {events.data.map((event) => (
              <tr key={event.id} data-testid="trigger-event-row">
                <Td>
                  <Link href={`/events/${event.id}`} className="font-medium text-indigo-700 hover:underline">
                    <RelativeTime value={event.receivedAt} />
                  </Link>
                </Td>
                <Td>
                  <HttpStatusBadge status={event.responseStatus} />
                </Td>
                <Td className="font-mono text-xs">{event.method}</Td>
                <Td>{formatBytes(event.sizeBytes)}</Td>
                <Td>{event._count.deliveries}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
