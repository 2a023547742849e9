"use client";
// Max body size edited as a number and a unit (KiB or MiB) while the form value stays in bytes, as the schema wants.
import { useState } from "react";
import { Controller, useFormContext } from "react-hook-form";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import type { TriggerFormValues } from "./form-values";

const KIB = 1024;
const MIB = 1024 * 1024;

export function BodySizeField() {
  const { control, getValues } = useFormContext<TriggerFormValues>();
  const initial = getValues("maxBodyBytes") ?? MIB;
  const [unit, setUnit] = useState(initial % MIB === 0 ? MIB : KIB);

  return (
    <Controller
      control={control}
      name="maxBodyBytes"
      render={({ field, fieldState }) => (
        <Field
          label="Max body size"
          error={fieldState.error?.message}
          hint="Larger requests are answered 413. At most 10 MiB."
        >
          {/* Widths on wrappers: the controls are w-full by design. */}
          <div className="flex gap-2">
            <div className="w-32">
              <Input
                type="number"
                min={1}
                step={1}
                aria-label="Max body size"
                value={field.value === undefined ? "" : Math.round((field.value / unit) * 100) / 100}
                onChange={(event) => field.onChange(Math.round(Number(event.target.value) * unit))}
                onBlur={field.onBlur}
              />
            </div>
            <div className="w-28">
              <Select
                aria-label="Unit"
                value={unit}
                onChange={(event) => {
                  const next = Number(event.target.value);
                  // Keep the number on screen, change what it means.
                  field.onChange(Math.round(((field.value ?? 0) / unit) * next));
                  setUnit(next);
                }}
              >
                <option value={KIB}>KiB</option>
                <option value={MIB}>MiB</option>
              </Select>
            </div>
          </div>
        </Field>
      )}
    />
  );
}
