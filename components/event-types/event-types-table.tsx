"use client";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import type { EventTypeRow } from "./api-client";

interface EventTypesTableProps {
  rows: EventTypeRow[];
  canWrite: boolean;
  onEdit: (eventType: EventTypeRow) => void;
  onSendTest: (eventType: EventTypeRow) => void;
  onToggleArchived: (eventType: EventTypeRow) => void;
}

export function EventTypesTable({ rows, canWrite, onEdit, onSendTest, onToggleArchived }: EventTypesTableProps) {
  return (
    <Table label="Event types">
      <THead>
        <Th>Key</Th>
        <Th>Code</Th>
        <Th>Description</Th>
        <Th className="text-right">Subscribers</Th>
        {canWrite && (
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </THead>
      <TBody>
        {rows.map((eventType) => (
          <tr
            key={eventType.id}
            data-testid="event-type-row"
            className={eventType.archivedAt ? "bg-slate-50/60" : undefined}
          >
            <Td className="font-mono text-xs font-medium text-slate-900">
              <span className="inline-flex items-center gap-2">
                {eventType.key}
                {eventType.archivedAt && <Badge>Archived</Badge>}
              </span>
            </Td>
            <Td className="tabular-nums">{eventType.code ?? <span className="text-slate-500">—</span>}</Td>
            <Td className="max-w-xs truncate whitespace-nowrap" title={eventType.description}>
              {eventType.description || <span className="text-slate-500">No description</span>}
            </Td>
            <Td className="text-right tabular-nums">{eventType.subscriptionCount}</Td>
            {canWrite && (
              <Td className="text-right">
                <div className="inline-flex gap-1">
                  {!eventType.archivedAt && (
                    <Button variant="ghost" size="sm" onClick={() => onSendTest(eventType)}>
                      Send test<span className="sr-only"> event of {eventType.key}</span>
                    </Button>
                  )}
                  <Button variant="ghost" size="sm" onClick={() => onEdit(eventType)}>
                    Edit<span className="sr-only"> {eventType.key}</span>
                  </Button>
                  <Button
                    variant={eventType.archivedAt ? "ghost" : "danger-ghost"}
                    size="sm"
                    onClick={() => onToggleArchived(eventType)}
                  >
                    {eventType.archivedAt ? "Unarchive" : "Archive"}
                    <span className="sr-only"> {eventType.key}</span>
                  </Button>
                </div>
              </Td>
            )}
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
