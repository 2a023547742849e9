"use client";
// The Deliveries page: live status tiles that double as filters, filters kept in the URL, the list with
// "Load more", and bulk recovery for admins; on desktop widths the selected delivery (kept in the URL) is
// previewed beside the list and the keyboard walks it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useUrlSelection } from "../forms/use-url-selection";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { Button, ButtonLink } from "../ui/button";
import { Card } from "../ui/card";
import { SearchBox } from "../forms/search-box";
import { FilterPanel } from "../ui/filter-panel";
import { EmptyState } from "../ui/empty-state";
import { Inspector, useWideScreen } from "../ui/inspector";
import { SendIcon } from "../ui/icons";
import { TableMessage } from "../ui/table-states";
import { LoadMore } from "../ui/load-more";
import { BulkActions } from "./bulk-actions";
import { DeliveriesTable } from "./deliveries-table";
import { DeliveryFiltersBar } from "./delivery-filters";
import { DeliveryPreview } from "./delivery-preview";
import { RecoverDialog } from "./recover-dialog";
import { StatusTiles } from "./status-tiles";
import { useDeliveries } from "./use-deliveries";
import { useDeliveryCounts } from "./use-delivery-counts";
import { useDeliveryFilters } from "./use-delivery-filters";

export function DeliveriesView() {
  const canWrite = useCanWrite();
  const { values, filters, setFilters, clear, active } = useDeliveryFilters();
  const deliveries = useDeliveries(filters);
  const counts = useDeliveryCounts(filters);
  const [recovering, setRecovering] = useState(false);

  const rows = deliveries.data?.pages.flatMap((page) => page.data) ?? [];
  const nothingYet = deliveries.isSuccess && rows.length === 0 && !active;
  const { selected, select } = useUrlSelection();
  const wide = useWideScreen();
  const router = useRouter();

  return (
    <>
      <PageHeader
        title="Deliveries"
        description="Each call owed to a connector, with every attempt's request and response. Updates live."
        actions={
          canWrite && (
            <Button variant="secondary" onClick={() => setRecovering(true)}>
              Recover failed since…
            </Button>
          )
        }
      />

      {nothingYet ? (
        <EmptyState
          icon={<SendIcon />}
          title="No deliveries yet"
          description="A delivery is one call owed to a connector. Each attempt keeps its request, response, duration and error; failures retry on a schedule (5 s, 5 min, 30 min, 2 h …) and can be retried by hand. Deliveries appear when an event reaches a subscribed connector: send a test event from Event types to see one."
          actions={<ButtonLink href="/event-types">Go to event types</ButtonLink>}
        />
      ) : (
        <div className="space-y-6">
          <StatusTiles
            counts={counts.data}
            selected={filters.status}
            onSelect={(status) => setFilters({ status: status ?? null })}
          />
          <Inspector
            wide={wide}
            label="Deliveries"
            ids={rows.map((delivery) => delivery.id)}
            selected={selected}
            onSelect={select}
            onOpen={(id) => router.push(`/deliveries/${id}`)}
            pane={
              <DeliveryPreview
                id={selected}
                connectorName={rows.find((delivery) => delivery.id === selected)?.connector.name}
              />
            }
            list={
              <Card>
                <div className="border-b border-slate-200 px-5 py-4">
                  <SearchBox
                    key={values.q}
                    value={values.q}
                    onSearch={(q) => setFilters({ q })}
                    label="Search deliveries"
                    placeholder='status:dead connector:"CRM leads", customer.email = ada@example.com'
                  />
                  {canWrite && (
                    <div className="mt-3">
                      <BulkActions filters={filters} />
                    </div>
                  )}
                </div>
                <FilterPanel active={active}>
                  <DeliveryFiltersBar values={values} active={active} onChange={setFilters} onClear={clear} />
                </FilterPanel>
                {deliveries.isPending ? (
                  <TableMessage>Loading deliveries…</TableMessage>
                ) : deliveries.isError ? (
                  <TableMessage tone="error">Could not load deliveries: {deliveries.error.message}</TableMessage>
                ) : rows.length === 0 ? (
                  <TableMessage>No deliveries match this search and these filters.</TableMessage>
                ) : (
                  <DeliveriesTable
                    rows={rows}
                    selection={
                      wide ? { selectedKey: selected, onSelect: (delivery) => select(delivery.id) } : undefined
                    }
                  />
                )}
                <LoadMore query={deliveries} />
              </Card>
            }
          />
        </div>
      )}

      <RecoverDialog open={recovering} onClose={() => setRecovering(false)} connectorId={filters.connectorId} />
    </>
  );
}
