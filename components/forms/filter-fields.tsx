"use client";
// Filter fields several list pages share: a labelled select, the event type picker and a from/to time range.
// They fetch nothing: the page passes the options in, so this shared folder depends on no feature.
import type { ReactNode } from "react";
import { Input } from "../ui/input";
import { Select } from "../ui/select";

const labelClasses = "block text-xs font-medium text-slate-600";

export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="space-y-1">
      <span className={labelClasses}>{label}</span>
      {children}
    </label>
  );
}

/** `options`: the event type keys to offer (undefined while they load: only "All event types" shows). */
export function EventTypeFilter({
  value,
  options,
  onChange,
}: {
  value: string;
  options: readonly string[] | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <FilterField label="Event type">
      <Select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">All event types</option>
        {options?.map((key) => (
          <option key={key} value={key}>
            {key}
          </option>
        ))}
      </Select>
    </FilterField>
  );
}

export function TimeRangeFilter({
  from,
  to,
  onChange,
}: {
  from: string;
  to: string;
  onChange: (changes: { from?: string; to?: string }) => void;
}) {
  return (
    <>
      <FilterField label="From">
        <Input type="datetime-local" value={from} onChange={(event) => onChange({ from: event.target.value })} />
      </FilterField>
      <FilterField label="To">
        <Input type="datetime-local" value={to} onChange={(event) => onChange({ to: event.target.value })} />
      </FilterField>
    </>
  );
}
