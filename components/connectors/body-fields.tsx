"use client";
import { useFormContext, useWatch } from "react-hook-form";
import { BODY_TYPES, bodyTemplateProblem } from "@/lib/connectors/schema";
import { templateVariables } from "@/lib/templates/render-template";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { Textarea } from "../ui/textarea";
import type { ConnectorFormValues } from "./form-values";
import { bodyTypeLabels } from "./labels";
import { VariablePicker } from "./variable-picker";

const placeholders: Record<string, string> = {
  json: '{\n  "ticketId": "{{payload.ticketId}}",\n  "customer": {{payload.customer}}\n}',
  form: '{ "email": "{{payload.email}}", "source": "switchboard" }',
  text: "Hello {{payload.name}}",
};

/** Body type and template, with the same JSON check the server runs, as the user types. */
export function BodyFields() {
  const { control, register, formState } = useFormContext<ConnectorFormValues>();
  const bodyType = useWatch({ control, name: "bodyType" }) ?? "json";
  const template = useWatch({ control, name: "bodyTemplate" }) ?? "";
  const liveProblem = template.trim() ? bodyTemplateProblem(bodyType, template) : null;
  const error = formState.errors.bodyTemplate?.message ?? liveProblem ?? undefined;
  const variables = templateVariables(template);
  const valid = template.trim() && !error && (bodyType === "json" || bodyType === "form");

  return (
    <div className="space-y-5">
      <Field
        label="Body type"
        hint={bodyType === "form" ? "Write the fields as a JSON object; they are sent form-encoded." : undefined}
      >
        <Select {...register("bodyType")}>
          {BODY_TYPES.map((type) => (
            <option key={type} value={type}>
              {bodyTypeLabels[type]}
            </option>
          ))}
        </Select>
      </Field>
      {bodyType !== "none" && (
        <Field
          label="Body template"
          error={error}
          hint={
            <>
              {valid && <span className="font-medium text-emerald-700">Valid JSON. </span>}
              Insert variables with {"{{payload.customer.email}}"}; a JSON value that is only {"{{x}}"} inserts x as
              JSON ({"{{payload}}"} inserts the body as received). Empty: event deliveries send the payload.
              {variables.length > 0 && <> Uses: {variables.map((name) => `{{${name}}}`).join(", ")}.</>}
            </>
          }
        >
          <Textarea
            rows={10}
            spellCheck={false}
            placeholder={placeholders[bodyType]}
            className="leading-5"
            {...register("bodyTemplate")}
          />
        </Field>
      )}
      <VariablePicker />
    </div>
  );
}
