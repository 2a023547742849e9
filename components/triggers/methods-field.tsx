"use client";
import { Controller, useFormContext } from "react-hook-form";
import { TRIGGER_METHODS } from "@/lib/triggers/schema";
import { Checkbox } from "../ui/checkbox";
import type { TriggerFormValues } from "./form-values";

/** Allowed methods as checkboxes over the array the schema wants; other methods are answered 405. */
export function MethodsField() {
  const { control } = useFormContext<TriggerFormValues>();
  return (
    <Controller
      control={control}
      name="allowedMethods"
      render={({ field, fieldState }) => {
        const selected = field.value ?? [];
        return (
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">Allowed methods</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
              {TRIGGER_METHODS.map((method) => (
                <Checkbox
                  key={method}
                  label={method}
                  checked={selected.includes(method)}
                  onChange={(event) =>
                    field.onChange(
                      event.target.checked
                        ? TRIGGER_METHODS.filter((m) => m === method || selected.includes(m))
                        : selected.filter((m) => m !== method),
                    )
                  }
                />
              ))}
            </div>
            <p className="mt-1.5 text-xs text-slate-500">Other methods are answered 405.</p>
            {fieldState.error && <p className="mt-1 text-xs font-medium text-red-700">{fieldState.error.message}</p>}
          </fieldset>
        );
      }}
    />
  );
}
