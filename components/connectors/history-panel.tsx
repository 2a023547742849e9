"use client";
import { useState } from "react";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { TableMessage } from "../ui/table-states";
import { DeliveryDialog } from "./delivery-dialog";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { HttpStatusBadge } from "../ui/http-status-badge";
import { LoadMore } from "../ui/load-more";
import { deliveryKindLabels } from "./labels";
import type { DeliveryDto } from "./types";
import { useConnectorHistory } from "./use-connector-history";

/** Every test, execution and event delivery of the connector, newest first. */
export function HistoryPanel({ connectorId }: { connectorId: string }) {
  const history = useConnectorHistory(connectorId);
  const [open, setOpen] = useState<DeliveryDto | null>(null);
  const rows = history.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Card>
      <CardHeader
        title="History"
        description="Tests, executions and event deliveries, newest first. Open one to see its requests and responses."
        actions={
          <Button
            variant="secondary"
            size="sm"
            loading={history.isRefetching && !history.isFetchingNextPage}
            onClick={() => void history.refetch()}
          >
            Refresh
          </Button>
        }
      />
      {history.isPending ? (
        <TableMessage>Loading history…</TableMessage>
      ) : history.isError ? (
        <TableMessage tone="error">Could not load history: {history.error.message}</TableMessage>
      ) : rows.length === 0 ? (
        <TableMessage>Nothing yet. Test or execute the connector, or subscribe it to events.</TableMessage>
      ) : (
        <Table label="History">
          <THead>
            <Th>Kind</Th>
            <Th>Status</Th>
            <Th>HTTP</Th>
            <Th>Duration</Th>
            <Th>Time</Th>
            <Th>
              <span className="sr-only">Details</span>
            </Th>
          </THead>
          <TBody>
            {rows.map((delivery) => (
              <tr
                key={delivery.id}
                data-testid="history-row"
                className="cursor-pointer hover:bg-slate-50"
                onClick={() => setOpen(delivery)}
              >
                <Td className="font-medium text-slate-900">{deliveryKindLabels[delivery.kind] ?? delivery.kind}</Td>
                <Td>
                  <DeliveryStatusBadge status={delivery.status} />
                </Td>
                <Td>
                  {delivery.lastStatus === null && !delivery.lastError ? (
                    <span className="text-slate-500">—</span>
                  ) : (
                    <HttpStatusBadge status={delivery.lastStatus} label={delivery.lastStatusText} />
                  )}
                </Td>
                <Td>{delivery.durationMs === null ? "—" : `${delivery.durationMs} ms`}</Td>
                <Td>
                  <RelativeTime value={delivery.createdAt} />
                </Td>
                <Td className="text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={(event) => {
                      event.stopPropagation();
                      setOpen(delivery);
                    }}
                  >
                    View
                  </Button>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      <LoadMore query={history} label="Load older" />
      <DeliveryDialog delivery={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
