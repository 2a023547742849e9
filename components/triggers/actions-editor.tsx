"use client";
// The ordered connector list of a trigger or an app listener: add, remove, move up/down, each with an optional
// body template over the variables the caller's request provides. Works inside any form whose values hold
// `actions: { connectorId, bodyTemplate }[]`.
import Link from "next/link";
import { Controller, useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { Textarea } from "../ui/textarea";
import { useConnectorOptions } from "../connectors/use-connector-options";

interface ActionValues {
  actions: { connectorId: string; bodyTemplate?: string | null }[];
}

interface ActionsEditorProps {
  /** Shown under each template: what {{…}} can name here. */
  variables: { name: string; meaning: string }[];
}

export function ActionsEditor({ variables }: ActionsEditorProps) {
  const { control, register, formState, trigger } = useFormContext<ActionValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "actions" });
  const connectors = useConnectorOptions();
  const errors = formState.errors.actions;

  return (
    <div className="space-y-4">
      {fields.length === 0 && (
        <p className="text-sm text-slate-500">No actions: requests are stored as events and nothing else runs.</p>
      )}
      <ol className="space-y-4">
        {fields.map((field, index) => (
          <li key={field.id} data-testid="action-row" className="rounded-lg p-4 ring-1 ring-slate-200">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-semibold text-slate-900">Action {index + 1}</span>
              <div className="flex gap-1">
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  aria-label={`Move action ${index + 1} up`}
                >
                  ↑ Up
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={index === fields.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={`Move action ${index + 1} down`}
                >
                  ↓ Down
                </Button>
                <Button
                  size="sm"
                  variant="danger-ghost"
                  onClick={() => remove(index)}
                  aria-label={`Remove action ${index + 1}`}
                >
                  Remove
                </Button>
              </div>
            </div>
            <div className="space-y-4">
              {/* Controlled, so a saved connector is selected once the options arrive. */}
              <Controller
                control={control}
                name={`actions.${index}.connectorId`}
                render={({ field: select, fieldState }) => (
                  <Field
                    label="Connector"
                    error={fieldState.isTouched || formState.isSubmitted ? fieldState.error?.message : undefined}
                  >
                    {/* Validated on every change, touched or not: a new row is validated empty when it is added
                        (useFieldArray does so in onTouched mode) and, before its first blur, a change alone would
                        not clear that "Choose a connector"; it then showed up after a successful create. */}
                    <Select
                      {...select}
                      onChange={(event) => {
                        select.onChange(event);
                        void trigger(select.name);
                      }}
                    >
                      <option value="">{connectors.isPending ? "Loading connectors…" : "Choose a connector"}</option>
                      {connectors.data?.map((connector) => (
                        <option key={connector.id} value={connector.id}>
                          {connector.name}
                          {connector.enabled ? "" : " (disabled)"}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
              />
              <Field
                label="Body template (optional)"
                error={errors?.[index]?.bodyTemplate?.message}
                hint={
                  <>
                    Empty uses the connector&apos;s own body template, or forwards the received body byte for byte when
                    the connector has none. A value that is exactly one {"{{variable}}"} is inserted as JSON.
                    <VariableList variables={variables} />
                  </>
                }
              >
                <Textarea
                  rows={3}
                  placeholder={`{"order": {{${variables[0]?.name ?? "requestBody"}}}}`}
                  {...register(`actions.${index}.bodyTemplate`, {
                    setValueAs: (value: string | null) => (value ? value : null),
                  })}
                />
              </Field>
            </div>
          </li>
        ))}
      </ol>
      {typeof errors?.message === "string" && <p className="text-xs font-medium text-red-700">{errors.message}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => append({ connectorId: "", bodyTemplate: null })}
          disabled={fields.length >= 20}
        >
          Add action
        </Button>
        {connectors.isSuccess && connectors.data.length === 0 && (
          <span className="text-sm text-slate-500">
            No connectors yet:{" "}
            <Link href="/connectors/new" className="font-medium text-indigo-700 hover:underline">
              create one
            </Link>{" "}
            first.
          </span>
        )}
      </div>
    </div>
  );
}

function VariableList({ variables }: { variables: ActionsEditorProps["variables"] }) {
  return (
    <span className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1">
      {variables.map((variable) => (
        <span key={variable.name} title={variable.meaning}>
          <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[11px] text-slate-700">{`{{${variable.name}}}`}</code>
        </span>
      ))}
    </span>
  );
}
