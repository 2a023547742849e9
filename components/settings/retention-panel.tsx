"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { retentionSettingsSchema } from "@/lib/retention/schema";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { DescriptionList } from "../ui/description-list";
import { Field } from "../ui/field";
import { formatBytes } from "../ui/format-bytes";
import { Input } from "../ui/input";
import { RelativeTime } from "../ui/relative-time";
import { toast } from "../ui/toast";
import { SettingsLoading } from "./settings-loading";
import { useRetentionSettings } from "./use-retention-settings";
import { useRunRetention } from "./use-run-retention";
import { useSaveRetentionSettings } from "./use-save-retention-settings";
import { plural } from "../ui/plural";

// The number input hands over text; the shared schema wants a number.
const formSchema = z.object({ retentionDays: z.coerce.number().pipe(retentionSettingsSchema.shape.retentionDays) });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

const tableNames: Record<string, string> = {
  Event: "Events",
  Delivery: "Deliveries",
  DeliveryAttempt: "Delivery attempts",
  AuditLog: "Audit log entries",
  Notification: "Notifications",
};
const count = (value: number) => value.toLocaleString("en");

export function RetentionPanel() {
  const retention = useRetentionSettings();
  const save = useSaveRetentionSettings();
  const run = useRunRetention();
  const canWrite = useCanWrite();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: { retentionDays: 30 },
  });
  const data = retention.data;

  useEffect(() => {
    if (data) form.reset({ retentionDays: data.retentionDays });
  }, [data, form]);

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => toast.success("Retention saved: older data goes at the next run"),
      onError: (error) => showServerError(error, form.setError, ["retentionDays"]),
    }),
  );
  const runNow = () =>
    run.mutate(undefined, {
      onSuccess: ({ deleted }) =>
        toast.success(
          `Deleted ${plural(deleted.deliveries, "delivery", "deliveries")} and ${plural(deleted.events, "event")}`,
        ),
      onError: (error) => showServerError(error),
    });

  if (!data) return <SettingsLoading query={retention} />;
  const lastRun = data.lastRun;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Data retention"
          description="Events and deliveries (with their attempts) older than this are deleted every few minutes, a few thousand rows at a time. Deliveries still being retried are kept until they finish."
        />
        <CardBody>
          <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3 sm:flex-row sm:items-start">
            <div className="sm:w-48">
              <Field
                label="Keep data for (days)"
                error={form.formState.errors.retentionDays?.message}
                hint="1 to 3650; 30 by default."
              >
                <Input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={3650}
                  disabled={!canWrite}
                  {...form.register("retentionDays")}
                />
              </Field>
            </div>
            {canWrite && (
              <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty} className="sm:mt-6">
                Save retention
              </Button>
            )}
          </form>
        </CardBody>
      </Card>
      <Card>
        <CardHeader
          title="Storage"
          description="Database size and rows per table. Counts marked ≈ are PostgreSQL's planner estimates, refreshed by autovacuum."
          actions={
            canWrite && (
              <Button variant="secondary" size="sm" loading={run.isPending} onClick={runNow}>
                Run retention now
              </Button>
            )
          }
        />
        <CardBody className="space-y-5">
          <DescriptionList
            items={[
              { term: "Database size", value: formatBytes(data.database.sizeBytes) },
              {
                term: "Last retention run",
                value: lastRun ? (
                  <>
                    <RelativeTime value={lastRun.at} />
                    {lastRun.deleted &&
                      ` · deleted ${plural(lastRun.deleted.deliveries, "delivery", "deliveries")}, ${plural(lastRun.deleted.events, "event")}, ${plural(lastRun.deleted.rateLimitBuckets, "rate-limit counter")}`}
                  </>
                ) : (
                  "Not run yet"
                ),
              },
            ]}
          />
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="table-counts">
            {data.database.tables.map((table) => (
              <div key={table.table} className="rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
                <dt className="text-xs text-slate-500">{tableNames[table.table] ?? table.table}</dt>
                <dd
                  className="text-lg font-semibold text-slate-900 tabular-nums"
                  title={table.estimated ? "Estimate" : "Exact count"}
                >
                  {table.estimated ? "≈ " : ""}
                  {count(table.rows)}
                </dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
    </div>
  );
}
