"use client";
// How event deliveries behave for this connector. The form speaks seconds and on/off; the API takes
// milliseconds and null for "off" / "default".
import { useForm, useWatch } from "react-hook-form";
import { ApiClientError } from "../api/request";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Checkbox } from "../ui/checkbox";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { toast } from "../ui/toast";
import type { EventSettings } from "./types";
import { useUpdateEventSettings } from "./use-update-event-settings";

interface SettingsForm {
  notifyOnFailure: boolean;
  rateLimitOn: boolean;
  rateCount: number;
  rateWindowSeconds: number;
  retryMode: "default" | "custom";
  retrySchedule: string;
}

const DEFAULT_SCHEDULE = "0 s, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±20 % jitter)";

function toForm(settings: EventSettings): SettingsForm {
  return {
    notifyOnFailure: settings.notifyOnFailure,
    rateLimitOn: settings.rateLimit !== null,
    rateCount: settings.rateLimit?.count ?? 25,
    rateWindowSeconds: (settings.rateLimit?.windowMs ?? 5000) / 1000,
    retryMode: settings.retrySchedule ? "custom" : "default",
    retrySchedule: (settings.retrySchedule ?? [0, 5, 300, 1800]).join(", "),
  };
}

/** "0, 5, 300" → [0, 5, 300]; null when some entry is not a number (the field shows why). */
function parseSchedule(text: string): number[] | null {
  const parts = text.split(/[,\s]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.every((value) => Number.isFinite(value)) && numbers.length > 0 ? numbers : null;
}

export function EventSettingsForm({
  connectorId,
  settings,
  canWrite,
}: {
  connectorId: string;
  settings: EventSettings;
  canWrite: boolean;
}) {
  const update = useUpdateEventSettings();
  const form = useForm<SettingsForm>({ defaultValues: toForm(settings) });
  const { register, control, formState, setError } = form;
  const [rateLimitOn, retryMode] = useWatch({ control, name: ["rateLimitOn", "retryMode"] });

  const onSubmit = form.handleSubmit((values) => {
    const schedule = values.retryMode === "custom" ? parseSchedule(values.retrySchedule) : null;
    if (values.retryMode === "custom" && !schedule) {
      return setError("retrySchedule", { message: "List whole seconds separated by commas, e.g. 0, 10, 60" });
    }
    update.mutate(
      {
        id: connectorId,
        input: {
          notifyOnFailure: values.notifyOnFailure,
          rateLimit: values.rateLimitOn
            ? { count: values.rateCount, windowMs: Math.round(values.rateWindowSeconds * 1000) }
            : null,
          retrySchedule: schedule,
        },
      },
      {
        onSuccess: (saved) => {
          form.reset(toForm(saved));
          toast.success("Delivery settings saved");
        },
        onError: (error) => {
          showServerError(error);
          // The API names rateLimit.count / rateLimit.windowMs / retrySchedule.N; map them onto these fields.
          const issues = error instanceof ApiClientError ? error.fieldIssues : [];
          for (const issue of issues) {
            if (issue.path === "rateLimit.count") setError("rateCount", { message: issue.message });
            else if (issue.path === "rateLimit.windowMs") setError("rateWindowSeconds", { message: issue.message });
            else if (issue.path.startsWith("retrySchedule")) setError("retrySchedule", { message: issue.message });
          }
        },
      },
    );
  });

  return (
    <Card>
      <CardHeader title="Delivery settings" description="Failure notices, pacing and retries for event deliveries." />
      <CardBody>
        <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-5">
          <fieldset disabled={!canWrite} className="space-y-5">
            <Checkbox
              label="Notify on failure"
              hint="An in-app notification when a delivery fails for good (email too when SMTP is set up)."
              {...register("notifyOnFailure")}
            />

            <Checkbox
              label="Rate limit"
              hint="Off by default. When on, deliveries are paced across all workers."
              {...register("rateLimitOn")}
            />
            {rateLimitOn && (
              <div className="grid gap-4 sm:grid-cols-2">
                <Field label="Calls" error={formState.errors.rateCount?.message}>
                  <Input type="number" min={1} max={10000} {...register("rateCount", { valueAsNumber: true })} />
                </Field>
                <Field label="Per window (seconds)" error={formState.errors.rateWindowSeconds?.message}>
                  <Input type="number" min={1} max={3600} {...register("rateWindowSeconds", { valueAsNumber: true })} />
                </Field>
              </div>
            )}

            <Field label="Retry schedule" hint={retryMode === "default" ? DEFAULT_SCHEDULE : undefined}>
              <Select {...register("retryMode")}>
                <option value="default">Default</option>
                <option value="custom">Custom</option>
              </Select>
            </Field>
            {retryMode === "custom" && (
              <Field
                label="Seconds before each attempt"
                error={formState.errors.retrySchedule?.message}
                hint="Comma-separated; the first entry is the wait before the first attempt. At most 20."
              >
                <Input className="font-mono" {...register("retrySchedule")} />
              </Field>
            )}
          </fieldset>
          {canWrite && (
            <Button type="submit" loading={update.isPending} disabled={!formState.isDirty}>
              Save delivery settings
            </Button>
          )}
        </form>
      </CardBody>
    </Card>
  );
}
