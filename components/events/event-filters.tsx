"use client";
import { useEventTypeOptions } from "../event-types/use-event-type-options";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
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
  const eventTypes = useEventTypeOptions();
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
      <label className="space-y-1">
        <span className={labelClasses}>Event type</span>
        <Select value={values.type} onChange={(event) => onChange({ type: event.target.value })}>
          <option value="">All event types</option>
          {eventTypes.data?.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </Select>
      </label>
      <label className="space-y-1">
        <span className={labelClasses}>From</span>
        <Input type="datetime-local" value={values.from} onChange={(event) => onChange({ from: event.target.value })} />
      </label>
      <label className="space-y-1">
        <span className={labelClasses}>To</span>
        <Input type="datetime-local" value={values.to} onChange={(event) => onChange({ to: event.target.value })} />
      </label>
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
