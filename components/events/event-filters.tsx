"use client";
import { EventTypeFilter, TimeRangeFilter } from "../forms/filter-fields";
import { Button } from "../ui/button";
import { Select } from "../ui/select";
import { EVENT_SOURCES } from "./api-client";
import { eventSourceLabels } from "./event-source-badge";
import type { EventFilterName } from "./use-event-filters";

interface EventFiltersProps {
  values: Record<EventFilterName, string>;
  active: boolean;
  onChange: (changes: Partial<Record<EventFilterName, string | null>>) => void;
  onClear: () => void;
}

const labelClasses = "block text-xs font-medium text-slate-600";

export function EventFiltersBar({ values, active, onChange, onClear }: EventFiltersProps) {
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <label className="space-y-1">
        <span className={labelClasses}>Source</span>
        <Select value={values.source} onChange={(event) => onChange({ source: event.target.value })}>
          <option value="">Any source</option>
          {EVENT_SOURCES.map((source) => (
            <option key={source} value={source}>
              {eventSourceLabels[source]}
            </option>
          ))}
        </Select>
      </label>
      <EventTypeFilter value={values.type} onChange={(type) => onChange({ type })} />
      <TimeRangeFilter from={values.from} to={values.to} onChange={onChange} />
      {active && (
        <div className="sm:col-span-2 lg:col-span-4">
          <Button variant="ghost" size="sm" onClick={onClear}>
            Clear filters
          </Button>
        </div>
      )}
    </div>
  );
}
