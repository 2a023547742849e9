"use client";
import { useForm, useWatch } from "react-hook-form";
import { useConnectors } from "../connectors/use-connectors";
import { buttonClasses } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { settingsApi } from "./api-client";

interface ExportForm {
  what: "deliveries" | "events";
  format: "csv" | "json" | "ndjson";
  from: string;
  to: string;
  status: string;
  connectorId: string;
}

const STATUSES = ["succeeded", "failed", "dead", "pending", "in_flight", "cancelled", "template_error"] as const;
/** datetime-local values are local time without a zone; the API takes ISO instants. */
const toIso = (value: string | undefined) => (value ? new Date(value).toISOString() : "");

export function ExportPanel() {
  const form = useForm<ExportForm>({
    defaultValues: { what: "deliveries", format: "csv", from: "", to: "", status: "", connectorId: "" },
  });
  const values = useWatch({ control: form.control });
  const connectors = useConnectors({});
  const connectorOptions = connectors.data?.pages.flatMap((page) => page.data) ?? [];
  const what = values.what ?? "deliveries";
  const deliveries = what === "deliveries";
  const href = settingsApi.exportUrl(what, {
    format: values.format,
    from: toIso(values.from),
    to: toIso(values.to),
    ...(deliveries ? { status: values.status, connectorId: values.connectorId } : {}),
  });
  return (
    <Card>
      <CardHeader
        title="Export"
        description="Download deliveries or events for a time range. The file is streamed as it is read, so even millions of rows download without waiting."
      />
      <CardBody>
        <form onSubmit={(event) => event.preventDefault()} className="grid max-w-3xl gap-5 sm:grid-cols-2">
          <Field label="Data">
            <Select {...form.register("what")}>
              <option value="deliveries">Deliveries</option>
              <option value="events">Events received</option>
            </Select>
          </Field>
          <Field label="Format" hint="NDJSON is one JSON object per line, easiest for scripts.">
            <Select {...form.register("format")}>
              <option value="csv">CSV (spreadsheets)</option>
              <option value="json">JSON array</option>
              <option value="ndjson">NDJSON</option>
            </Select>
          </Field>
          <Field label="From" hint="Empty: from the oldest kept row.">
            <Input type="datetime-local" {...form.register("from")} />
          </Field>
          <Field label="To" hint="Empty: up to now.">
            <Input type="datetime-local" {...form.register("to")} />
          </Field>
          {deliveries && (
            <>
              <Field label="Status">
                <Select {...form.register("status")}>
                  <option value="">Any status</option>
                  {STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {status.replace("_", " ")}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Connector">
                <Select {...form.register("connectorId")}>
                  <option value="">Any connector</option>
                  {connectorOptions.map((connector) => (
                    <option key={connector.id} value={connector.id}>
                      {connector.name}
                    </option>
                  ))}
                </Select>
              </Field>
            </>
          )}
          <div className="sm:col-span-2">
            <a href={href} download className={buttonClasses("primary")}>
              Download {what}
            </a>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
