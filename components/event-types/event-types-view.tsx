"use client";
// The Event types page: list with search and archived toggle, create/edit, archive, catalogue import and
// "Send test event".
import { useDeferredValue, useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { Checkbox } from "../ui/checkbox";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { EmptyState } from "../ui/empty-state";
import { TagIcon } from "../ui/icons";
import { Input } from "../ui/input";
import { TableMessage } from "../ui/table-states";
import { toast } from "../ui/toast";
import { LoadMore } from "../ui/load-more";
import type { EventTypeRow } from "./api-client";
import { EventTypeFormDialog } from "./event-type-form-dialog";
import { EventTypesTable } from "./event-types-table";
import { SendTestEventDialog } from "./send-test-event-dialog";
import { useEventTypes } from "./use-event-types";
import { useImportCatalogue } from "./use-import-catalogue";
import { useUpdateEventType } from "./use-update-event-type";

export function EventTypesView() {
  const canWrite = useCanWrite();
  const [search, setSearch] = useState("");
  const [includeArchived, setIncludeArchived] = useState(false);
  const deferredSearch = useDeferredValue(search.trim());
  const eventTypes = useEventTypes({ search: deferredSearch || undefined, includeArchived });
  const importCatalogue = useImportCatalogue();
  const update = useUpdateEventType();

  const [editing, setEditing] = useState<{ eventType: EventTypeRow | null } | null>(null);
  const [testing, setTesting] = useState<EventTypeRow | null>(null);
  const [archiving, setArchiving] = useState<EventTypeRow | null>(null);

  const rows = eventTypes.data?.pages.flatMap((page) => page.data) ?? [];
  const filtered = deferredSearch !== "" || includeArchived;

  function runImport() {
    importCatalogue.mutate(undefined, {
      onSuccess: ({ created }) =>
        created > 0
          ? toast.success(`Imported the CRM catalogue: ${created} event ${created === 1 ? "type" : "types"} added`)
          : toast.info("The CRM catalogue is already imported: nothing added"),
      onError: (error) => showServerError(error),
    });
  }

  function confirmArchive() {
    if (!archiving) return;
    const archived = !archiving.archivedAt;
    update.mutate(
      { id: archiving.id, input: { archived } },
      {
        onSuccess: (saved) => {
          toast.success(archived ? `Archived “${saved.key}”` : `Restored “${saved.key}”`);
          setArchiving(null);
        },
        onError: (error) => showServerError(error),
      },
    );
  }

  const actions = canWrite && (
    <>
      <Button variant="secondary" loading={importCatalogue.isPending} onClick={runImport}>
        Import catalogue
      </Button>
      <Button onClick={() => setEditing({ eventType: null })}>New event type</Button>
    </>
  );

  return (
    <>
      <PageHeader
        title="Event types"
        description="The kinds of events you publish, such as lead.created or order.paid."
        actions={actions}
      />

      {eventTypes.isSuccess && rows.length === 0 && !filtered ? (
        <EmptyState
          icon={<TagIcon />}
          title="No event types yet"
          description="An event type names a kind of event (lead.created, order.paid) with an optional numeric code, description and sample payload. Connectors subscribe to event types; every event published with that type becomes a delivery to each subscriber."
          actions={
            canWrite ? (
              <>
                <Button variant="secondary" loading={importCatalogue.isPending} onClick={runImport}>
                  Import CRM catalogue
                </Button>
                <Button onClick={() => setEditing({ eventType: null })}>New event type</Button>
              </>
            ) : undefined
          }
        />
      ) : (
        <Card>
          <div className="flex flex-col gap-3 border-b border-slate-200 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
            <Input
              type="search"
              aria-label="Search event types"
              placeholder="Search by key, description or code"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              className="sm:max-w-xs"
            />
            <Checkbox
              label="Show archived"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.target.checked)}
            />
          </div>
          {eventTypes.isPending ? (
            <TableMessage>Loading event types…</TableMessage>
          ) : eventTypes.isError ? (
            <TableMessage tone="error">Could not load event types: {eventTypes.error.message}</TableMessage>
          ) : rows.length === 0 ? (
            <TableMessage>No event types match “{deferredSearch}”.</TableMessage>
          ) : (
            <EventTypesTable
              rows={rows}
              canWrite={canWrite}
              onEdit={(eventType) => setEditing({ eventType })}
              onSendTest={setTesting}
              onToggleArchived={setArchiving}
            />
          )}
          <LoadMore query={eventTypes} />
        </Card>
      )}

      <EventTypeFormDialog
        open={editing !== null}
        eventType={editing?.eventType ?? null}
        onClose={() => setEditing(null)}
      />
      <SendTestEventDialog eventType={testing} onClose={() => setTesting(null)} />
      <ConfirmDialog
        open={archiving !== null}
        title={archiving?.archivedAt ? "Unarchive event type?" : "Archive event type?"}
        description={
          archiving?.archivedAt ? (
            <>
              <strong className="font-mono font-semibold text-slate-900">{archiving.key}</strong> can be published and
              picked for new subscriptions again.
            </>
          ) : (
            <>
              <strong className="font-mono font-semibold text-slate-900">{archiving?.key}</strong> disappears from
              pickers and can no longer be published. Existing subscriptions and past deliveries are kept; you can
              unarchive it later.
            </>
          )
        }
        confirmLabel={archiving?.archivedAt ? "Unarchive" : "Archive"}
        pending={update.isPending}
        onConfirm={confirmArchive}
        onClose={() => setArchiving(null)}
      />
    </>
  );
}
