"use client";
import { Controller, useFormContext } from "react-hook-form";
import { Checkbox } from "../ui/checkbox";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import type { ConnectorFormValues } from "./form-values";

export function OptionsFields() {
  const { control, register } = useFormContext<ConnectorFormValues>();
  return (
    <div className="space-y-5">
      {/* The schema counts milliseconds; people think in seconds. */}
      <Controller
        control={control}
        name="timeoutMs"
        render={({ field, fieldState }) => (
          <Field
            label="Timeout (seconds)"
            hint="1 to 60 seconds; the call fails with a timeout after this."
            error={
              fieldState.error &&
              (Number.isFinite(field.value) ? fieldState.error.message : "Enter the timeout in seconds, 1 to 60")
            }
          >
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              step={1}
              className="sm:w-32"
              name={field.name}
              onBlur={field.onBlur}
              value={field.value === undefined || Number.isNaN(field.value) ? "" : field.value / 1000}
              onChange={(event) =>
                field.onChange(event.target.value === "" ? Number.NaN : Math.round(Number(event.target.value) * 1000))
              }
            />
          </Field>
        )}
      />
      <Checkbox
        label="Follow redirects"
        hint="Up to 5 hops, each checked against the network rules. Off: a 3xx answer is the result."
        {...register("followRedirects")}
      />
      <Checkbox
        label="Enabled"
        hint="Disabled connectors receive no event deliveries; Test and Execute still work."
        {...register("enabled")}
      />
      <Checkbox
        label="Notify on failure"
        hint="Raise a notification when an event delivery fails for good."
        {...register("notifyOnFailure")}
      />
    </div>
  );
}
