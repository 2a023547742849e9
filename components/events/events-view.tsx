"use client";
// The Events page: every published event and received request, newest first, live through the event stream; on
// desktop widths the selected event (kept in the URL) is previewed beside the list and the keyboard walks it.
import { useRouter } from "next/navigation";
import { PageHeader } from "../shell/page-header";
import { ButtonLink } from "../ui/button";
import { Card } from "../ui/card";
import { SearchBox } from "../forms/search-box";
import { FilterPanel } from "../ui/filter-panel";
import { CodeBlock } from "../ui/code-block";
import { EmptyState } from "../ui/empty-state";
import { useUrlSelection } from "../forms/use-url-selection";
import { Inspector, useWideScreen } from "../ui/inspector";
import { InboxIcon } from "../ui/icons";
import { TableMessage } from "../ui/table-states";
import { LoadMore } from "../ui/load-more";
import { EventFiltersBar } from "./event-filters";
import { EventPreview } from "./event-preview";
import { EventsTable } from "./events-table";
import { useEventFilters } from "./use-event-filters";
import { useEvents } from "./use-events";

const publishExample = `curl -X POST "$SWITCHBOARD_URL/api/v1/events" \\
  -H "Authorization: Bearer $SWITCHBOARD_TOKEN" \\
  -H "Idempotency-Key: lead-42" \\
  -H "Content-Type: application/json" \\
  -d '{"type":"lead.created","payload":{"email":"ada@example.com"}}'`;

export function EventsView() {
  const { values, filters, setFilters, clear, active } = useEventFilters();
  const events = useEvents(filters);
  const rows = events.data?.pages.flatMap((page) => page.data) ?? [];
  const { selected, select } = useUrlSelection();
  const wide = useWideScreen();
  const router = useRouter();

  return (
    <>
      <PageHeader
        title="Events"
        description="Everything that reached Switchboard, stored before anything is delivered. Updates live."
      />
      {events.isSuccess && rows.length === 0 && !active ? (
        <EmptyState
          icon={<InboxIcon />}
          title="No events received yet"
          description="Every event published through the API (or with Send test event on Event types) and every request posted to a trigger URL or app webhook is stored here first, with its headers and body, and then delivered to its subscribers."
          actions={
            <>
              <ButtonLink href="/event-types">Send a test event</ButtonLink>
              <ButtonLink href="/docs/api" variant="secondary">
                Read the API docs
              </ButtonLink>
            </>
          }
        >
          <CodeBlock label="Publish an event" code={publishExample} />
        </EmptyState>
      ) : (
        <Inspector
          wide={wide}
          label="Events"
          ids={rows.map((event) => event.id)}
          selected={selected}
          onSelect={select}
          onOpen={(id) => router.push(`/events/${id}`)}
          pane={<EventPreview id={selected} />}
          list={
            <Card>
              <div className="border-b border-slate-200 px-5 py-4">
                <SearchBox
                  key={values.q}
                  value={values.q}
                  onSearch={(q) => setFilters({ q })}
                  label="Search events"
                  placeholder='customer.email = ada@example.com, "invoice 42", webhook-id:msg_…'
                />
              </div>
              <FilterPanel active={active}>
                <EventFiltersBar values={values} active={active} onChange={setFilters} onClear={clear} />
              </FilterPanel>
              {events.isPending ? (
                <TableMessage>Loading events…</TableMessage>
              ) : events.isError ? (
                <TableMessage tone="error">Could not load events: {events.error.message}</TableMessage>
              ) : rows.length === 0 ? (
                <TableMessage>No events match this search and these filters.</TableMessage>
              ) : (
                <EventsTable
                  rows={rows}
                  selection={wide ? { selectedKey: selected, onSelect: (event) => select(event.id) } : undefined}
                />
              )}
              <LoadMore query={events} />
            </Card>
          }
        />
      )}
    </>
  );
}
