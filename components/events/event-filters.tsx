"use client";
import { EventTypeFilter, FilterField, TimeRangeFilter } from "../forms/filter-fields";
import { useTriggers } from "../triggers/use-triggers";
import { useEventTypeOptions } from "../event-types/use-event-type-options";
import { Button } from "../ui/button";
import { Select } from "../ui/select";
import { EVENT_SOURCES } from "../event-log/events-api";
import { eventSourceLabels } from "./event-source-badge";
import type { EventFilterName } from "./use-event-filters";

interface EventFiltersProps {
  values: Record<EventFilterName, string>;
  active: boolean;
  onChange: (changes: Partial<Record<EventFilterName, string | null>>) => void;
  onClear: () => void;
}

export function EventFiltersBar({ values, active, onChange, onClear }: EventFiltersProps) {
  const triggers = useTriggers();
  const eventTypes = useEventTypeOptions();
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6">
      <FilterField label="Source">
        <Select value={values.source} onChange={(event) => onChange({ source: event.target.value })}>
          <option value="">Any source</option>
          {EVENT_SOURCES.map((source) => (
            <option key={source} value={source}>
              {eventSourceLabels[source]}
            </option>
          ))}
        </Select>
      </FilterField>
      <EventTypeFilter value={values.type} options={eventTypes.data} onChange={(type) => onChange({ type })} />
      <FilterField label="Trigger">
        <Select value={values.triggerId} onChange={(event) => onChange({ triggerId: event.target.value })}>
          <option value="">All triggers</option>
          {triggers.data?.map((trigger) => (
            <option key={trigger.id} value={trigger.id}>
              {trigger.name}
            </option>
          ))}
        </Select>
      </FilterField>
      <FilterField label="Answer">
        <Select value={values.outcome} onChange={(event) => onChange({ outcome: event.target.value })}>
          <option value="">Any answer</option>
          <option value="accepted">Accepted (2xx)</option>
          <option value="refused">Refused (4xx/5xx)</option>
        </Select>
      </FilterField>
      <TimeRangeFilter from={values.from} to={values.to} onChange={onChange} />
      {active && (
        <div className="sm:col-span-2 lg:col-span-3 2xl:col-span-6">
          <Button variant="ghost" size="sm" onClick={onClear}>
            Clear filters
          </Button>
        </div>
      )}
    </div>
  );
}
