"use client";
import { useCanWrite } from "../shell/viewer-context";
import { ButtonLink } from "../ui/button";
import { Card } from "../ui/card";
import { EmptyState } from "../ui/empty-state";
import { PlugIcon } from "../ui/icons";
import { TableMessage } from "../ui/table-states";
import { LoadMore } from "../ui/load-more";
import { ConnectorFilters } from "./connector-filters";
import { ConnectorsTable } from "./connectors-table";
import { useConnectors } from "./use-connectors";
import { useListFilters } from "./use-list-filters";

export function ConnectorsList() {
  const canWrite = useCanWrite();
  const { filters, setFilter, active } = useListFilters();
  const connectors = useConnectors(filters);
  const rows = connectors.data?.pages.flatMap((page) => page.data) ?? [];

  if (connectors.isSuccess && rows.length === 0 && !active) {
    return (
      <EmptyState
        icon={<PlugIcon />}
        title="No connectors yet"
        description="A connector is an HTTP call to an external system: URL, method, headers, authentication and a body template with {{variables}}. Events, triggers and app webhooks deliver through connectors."
        actions={canWrite && <ButtonLink href="/connectors/new">New connector</ButtonLink>}
      />
    );
  }

  return (
    <Card>
      <ConnectorFilters filters={filters} onChange={setFilter} />
      {connectors.isPending ? (
        <TableMessage>Loading connectors…</TableMessage>
      ) : connectors.isError ? (
        <TableMessage tone="error">Could not load connectors: {connectors.error.message}</TableMessage>
      ) : rows.length === 0 ? (
        <TableMessage>No connectors match these filters.</TableMessage>
      ) : (
        <ConnectorsTable connectors={rows} />
      )}
      <LoadMore query={connectors} />
    </Card>
  );
}
