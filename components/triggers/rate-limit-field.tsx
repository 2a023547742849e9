"use client";
// Rate limit on/off plus "count per window"; off sends null, which the schema reads as unlimited.
import { Controller, useFormContext } from "react-hook-form";
import { Checkbox } from "../ui/checkbox";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import type { TriggerFormValues } from "./form-values";

const windows = [
  { ms: 1000, label: "second" },
  { ms: 10_000, label: "10 seconds" },
  { ms: 60_000, label: "minute" },
  { ms: 3_600_000, label: "hour" },
];

export function RateLimitField() {
  const { control } = useFormContext<TriggerFormValues>();
  return (
    <Controller
      control={control}
      name="rateLimit"
      render={({ field, fieldState }) => {
        const limit = field.value ?? null;
        const error =
          fieldState.error?.message ??
          (fieldState.error as { count?: { message?: string } } | undefined)?.count?.message;
        return (
          <fieldset className="space-y-3">
            <legend className="sr-only">Rate limit</legend>
            <Checkbox
              label="Rate limit"
              hint="Over the limit, callers get 429 Too many requests with Retry-After."
              checked={limit !== null}
              onChange={(event) => field.onChange(event.target.checked ? { count: 100, windowMs: 1000 } : null)}
            />
            {limit && (
              <div className="ml-7 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <Input
                  type="number"
                  min={1}
                  className="max-w-28"
                  aria-label="Requests allowed"
                  value={limit.count}
                  onChange={(event) => field.onChange({ ...limit, count: Math.round(Number(event.target.value)) })}
                />
                <span>requests per</span>
                <Select
                  className="max-w-36"
                  aria-label="Window"
                  value={limit.windowMs}
                  onChange={(event) => field.onChange({ ...limit, windowMs: Number(event.target.value) })}
                >
                  {windows.map((window) => (
                    <option key={window.ms} value={window.ms}>
                      {window.label}
                    </option>
                  ))}
                </Select>
              </div>
            )}
            {error && <p className="ml-7 text-xs font-medium text-red-700">{error}</p>}
          </fieldset>
        );
      }}
    />
  );
}
