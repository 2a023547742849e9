"use client";
import { useState } from "react";
import { EventTypeFilter, TimeRangeFilter } from "../forms/filter-fields";
import { useEventTypeOptions } from "../event-types/use-event-type-options";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { DELIVERY_STATUSES } from "../event-log/deliveries-api";
import { deliveryStatusInfo } from "./delivery-status";
import { useConnectorOptions } from "../connectors/use-connector-options";
import type { DeliveryFilterName } from "./use-delivery-filters";

interface DeliveryFiltersProps {
  values: Record<DeliveryFilterName, string>;
  active: boolean;
  onChange: (changes: Partial<Record<DeliveryFilterName, string | null>>) => void;
  onClear: () => void;
}

const labelClasses = "block text-xs font-medium text-slate-600";

export function DeliveryFiltersBar({ values, active, onChange, onClear }: DeliveryFiltersProps) {
  const connectors = useConnectorOptions();
  const eventTypes = useEventTypeOptions();
  // The event id is typed character by character; the URL (and the query) follow when the field is left.
  const [eventId, setEventId] = useState(values.eventId);
  const [lastUrlEventId, setLastUrlEventId] = useState(values.eventId);
  if (lastUrlEventId !== values.eventId) {
    setLastUrlEventId(values.eventId);
    setEventId(values.eventId);
  }

  return (
    <form
      className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-6"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ eventId: eventId.trim() });
      }}
    >
      <label className="space-y-1">
        <span className={labelClasses}>Status</span>
        <Select value={values.status} onChange={(event) => onChange({ status: event.target.value })}>
          <option value="">Any status</option>
          {DELIVERY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {deliveryStatusInfo[status].label}
            </option>
          ))}
        </Select>
      </label>
      <label className="space-y-1">
        <span className={labelClasses}>Connector</span>
        <Select value={values.connectorId} onChange={(event) => onChange({ connectorId: event.target.value })}>
          <option value="">All connectors</option>
          {connectors.data?.map((connector) => (
            <option key={connector.id} value={connector.id}>
              {connector.name}
            </option>
          ))}
        </Select>
      </label>
      <EventTypeFilter
        value={values.eventType}
        options={eventTypes.data}
        onChange={(eventType) => onChange({ eventType })}
      />
      <TimeRangeFilter from={values.from} to={values.to} onChange={onChange} />
      <label className="space-y-1">
        <span className={labelClasses}>Event id</span>
        <Input
          value={eventId}
          placeholder="Paste an event id"
          className="font-mono"
          spellCheck={false}
          onChange={(event) => setEventId(event.target.value)}
          onBlur={() => eventId.trim() !== values.eventId && onChange({ eventId: eventId.trim() })}
        />
      </label>
      {active && (
        <div className="sm:col-span-2 lg:col-span-3 2xl:col-span-6">
          <Button variant="ghost" size="sm" onClick={onClear}>
            Clear filters
          </Button>
        </div>
      )}
    </form>
  );
}
