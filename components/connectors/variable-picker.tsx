"use client";
// Where templates are written: the variable model in a few words, and a picker that lists the paths available in
// an event type's sample payload (click one to add it to the body). With a sample chosen, the URL, headers, query
// and body are checked against it as the user types, so a missing variable shows before saving.
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { lookupPath, templateVariables } from "@/lib/templates/render-template";
import { callVariables, eventCallContext, variablePaths } from "@/lib/variables";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import type { ConnectorFormValues } from "./form-values";
import { useEventTypeOptions } from "./use-event-type-options";

/** The variables every call renders with; the README's "Variables" section has examples for each source. */
export function VariableModelNote() {
  return (
    <p className="text-xs leading-5 text-slate-600" data-testid="variable-model">
      Every call — Test, Execute, event deliveries, trigger actions, app webhooks — renders with the same names:{" "}
      <code>{"{{payload.…}}"}</code> (the body that caused the call), <code>{"{{rawBody}}"}</code> (its text as
      received), <code>{"{{event.id|type|source|receivedAt}}"}</code>, <code>{"{{headers.…}}"}</code>,{" "}
      <code>{"{{query.…}}"}</code>, <code>{"{{props.…}}"}</code>, <code>{"{{connector.name}}"}</code>. Triggers also
      offer their configured names (<code>{"{{requestBody.…}}"}</code>, <code>{"{{requestHeaders.…}}"}</code>); for app
      webhooks <code>{"{{event}}"}</code> is the request body.
    </p>
  );
}

export function VariablePicker() {
  const { control, getValues, setValue } = useFormContext<ConnectorFormValues>();
  const options = useEventTypeOptions("");
  const [eventTypeId, setEventTypeId] = useState("");
  const [url, bodyTemplate, headers, queryParams, name] = useWatch({
    control,
    name: ["url", "bodyTemplate", "headers", "queryParams", "name"],
  });
  const withSamples = (options.data ?? []).filter(
    (option) => option.samplePayload !== null && option.samplePayload !== undefined,
  );
  const chosen = withSamples.find((option) => option.id === eventTypeId);
  const variables = chosen
    ? callVariables(
        eventCallContext({
          id: "sample",
          type: chosen.key,
          source: "api",
          receivedAt: null,
          method: null,
          headers: {},
          query: {},
          body: chosen.samplePayload,
        }),
        { connector: { id: null, name: name ?? "" } },
      )
    : null;
  const paths = variables
    ? variablePaths(variables).filter((path) => path !== "event.payload" && !path.startsWith("event.payload."))
    : [];
  const templates = [
    url ?? "",
    bodyTemplate ?? "",
    ...(headers ?? []).map((header) => header.value ?? ""),
    ...(queryParams ?? []).flatMap((param) => [param.name, param.value]),
  ];
  const missing = variables
    ? [...new Set(templates.flatMap((template) => templateVariables(template ?? "")))].filter(
        (path) => !lookupPath(variables, path).found,
      )
    : [];

  function insert(path: string) {
    const current = getValues("bodyTemplate") ?? "";
    setValue("bodyTemplate", `${current}{{${path}}}`, { shouldDirty: true, shouldValidate: true });
  }

  return (
    <div className="space-y-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      <VariableModelNote />
      <Field
        label="Variables from a sample"
        hint="Pick an event type with a sample payload; click a path to add it to the body template."
      >
        <Select
          aria-label="Sample event type"
          value={eventTypeId}
          onChange={(event) => setEventTypeId(event.target.value)}
        >
          <option value="">
            {withSamples.length === 0 ? "No event type has a sample payload" : "Choose an event type…"}
          </option>
          {withSamples.map((option) => (
            <option key={option.id} value={option.id}>
              {option.key}
            </option>
          ))}
        </Select>
      </Field>
      {chosen && (
        <>
          <div className="flex max-h-40 flex-wrap gap-1.5 overflow-y-auto" data-testid="variable-paths">
            {paths.map((path) => (
              <button
                key={path}
                type="button"
                onClick={() => insert(path)}
                className="rounded bg-surface px-2 py-0.5 font-mono text-xs text-slate-700 ring-1 ring-slate-300 hover:bg-indigo-50 hover:ring-indigo-300"
              >
                {`{{${path}}}`}
              </button>
            ))}
          </div>
          {missing.length > 0 ? (
            <p role="alert" className="text-sm text-amber-800" data-testid="template-check">
              Not in the sample of {chosen.key}: {missing.join(", ")}. Deliveries of such events would be marked
              template_error.
            </p>
          ) : (
            <p className="text-sm text-emerald-700" data-testid="template-check">
              Every variable used is in the sample of {chosen.key}.
            </p>
          )}
        </>
      )}
    </div>
  );
}
