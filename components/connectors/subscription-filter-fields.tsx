"use client";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import type { FilterDraft, FilterOp } from "./subscription-filter";

interface SubscriptionFilterFieldsProps {
  draft: FilterDraft;
  onChange: (draft: FilterDraft) => void;
  disabled: boolean;
  /** The event type key, to name the controls for screen readers. */
  label: string;
}

export function SubscriptionFilterFields({ draft, onChange, disabled, label }: SubscriptionFilterFieldsProps) {
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-[10rem_1fr_1fr]">
      <Select
        aria-label={`Filter for ${label}`}
        value={draft.op}
        disabled={disabled}
        onChange={(event) => onChange({ ...draft, op: event.target.value as FilterOp })}
      >
        <option value="">Every event</option>
        <option value="equals">Field equals</option>
        <option value="in">Field is one of</option>
        <option value="exists">Field exists</option>
      </Select>
      {draft.op !== "" && (
        <Input
          aria-label={`Filter path for ${label}`}
          placeholder="data.status"
          className="font-mono"
          value={draft.path}
          disabled={disabled}
          onChange={(event) => onChange({ ...draft, path: event.target.value })}
        />
      )}
      {(draft.op === "equals" || draft.op === "in") && (
        <Input
          aria-label={`Filter value for ${label}`}
          placeholder={draft.op === "in" ? "paid, refunded" : "paid"}
          className="font-mono"
          value={draft.value}
          disabled={disabled}
          onChange={(event) => onChange({ ...draft, value: event.target.value })}
        />
      )}
    </div>
  );
}
