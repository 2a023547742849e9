"use client";
// Custom headers and query parameters as editable name/value rows. Either may be marked secret: the value is then
// stored encrypted, comes back masked, reads "[redacted]" in stored requests, and admins may reveal it.
import { Controller, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { MAX_HEADERS } from "@/lib/connectors/schema";
import { SECRET_MASK } from "@/lib/crypto/secret-mask";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import { Input } from "../ui/input";
import type { ConnectorFormValues } from "./form-values";
import { SecretInput } from "./secret-input";

interface KeyValueRowsProps {
  name: "headers" | "queryParams";
  /** "Header" or "Parameter": used in labels and the add button. */
  noun: string;
  namePlaceholder: string;
  /** Admins editing a saved connector may reveal a secret row's stored value. */
  onReveal?: (name: string) => Promise<string>;
}

type RowErrors = { name?: { message?: string }; value?: { message?: string } } | undefined;

export function KeyValueRows({ name, noun, namePlaceholder, onReveal }: KeyValueRowsProps) {
  const { control, register, formState } = useFormContext<ConnectorFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const rows = useWatch({ control, name }) as { name: string; value: string; secret?: boolean }[] | undefined;
  const listErrors = formState.errors[name] as
    (RowErrors[] & { message?: string; root?: { message?: string } }) | undefined;
  const touchedRows = formState.touchedFields[name] as { name?: boolean; value?: boolean }[] | undefined;

  return (
    <div className="space-y-3">
      {fields.length === 0 && <p className="text-sm text-slate-500">None yet.</p>}
      {fields.map((field, index) => {
        // The resolver validates the whole list as soon as a row is appended; a row nobody has left yet is not
        // wrong, so its errors wait until the row is touched or the form submitted.
        const rowTouched = touchedRows?.[index]?.name || touchedRows?.[index]?.value;
        const rowErrors = formState.isSubmitted || rowTouched ? listErrors?.[index] : undefined;
        const row = rows?.[index];
        const masked = row?.secret && row.value === SECRET_MASK;
        return (
          <div
            key={field.id}
            data-testid={`${name}-row`}
            className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200 sm:bg-transparent sm:p-0 sm:ring-0"
          >
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
              <div className="sm:w-2/5">
                <Input
                  aria-label={`${noun} ${index + 1} name`}
                  aria-invalid={rowErrors?.name ? true : undefined}
                  placeholder={namePlaceholder}
                  className="font-mono"
                  {...register(`${name}.${index}.name` as const)}
                />
              </div>
              <div className="flex-1">
                {row?.secret ? (
                  <Controller
                    control={control}
                    name={`${name}.${index}.value` as const}
                    render={({ field: valueField }) => (
                      <SecretInput
                        aria-label={`${noun} ${index + 1} value`}
                        aria-invalid={rowErrors?.value ? true : undefined}
                        value={valueField.value}
                        onChange={valueField.onChange}
                        onBlur={valueField.onBlur}
                        onReveal={masked && onReveal && row ? () => onReveal(row.name) : undefined}
                      />
                    )}
                  />
                ) : (
                  <Input
                    aria-label={`${noun} ${index + 1} value`}
                    aria-invalid={rowErrors?.value ? true : undefined}
                    placeholder="Value or {{variable}}"
                    className="font-mono"
                    {...register(`${name}.${index}.value` as const)}
                  />
                )}
              </div>
              <div className="flex items-center justify-between gap-3 sm:h-10">
                <Checkbox label="Secret" {...register(`${name}.${index}.secret` as const)} />
                <Button
                  variant="danger-ghost"
                  size="sm"
                  onClick={() => remove(index)}
                  aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
                >
                  Remove
                </Button>
              </div>
            </div>
            {(rowErrors?.name || rowErrors?.value) && (
              <p className="mt-1 text-xs font-medium text-red-700" role="alert">
                {rowErrors.name?.message ?? rowErrors.value?.message}
              </p>
            )}
          </div>
        );
      })}
      {(listErrors?.message || listErrors?.root?.message) && (
        <p className="text-xs font-medium text-red-700">{listErrors.message ?? listErrors.root?.message}</p>
      )}
      <Button
        variant="secondary"
        size="sm"
        disabled={fields.length >= MAX_HEADERS}
        onClick={() => append({ name: "", value: "", secret: false })}
      >
        Add {noun.toLowerCase()}
      </Button>
      {fields.length >= MAX_HEADERS && <p className="text-xs text-slate-500">At most {MAX_HEADERS}.</p>}
    </div>
  );
}
