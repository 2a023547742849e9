"use client";
// Bulk recovery after a receiver was fixed: every failed, dead or unrenderable delivery of one connector since a time goes
// back to the queue.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { recoverSchema } from "@/lib/delivery/recover-schema";
import { isoToLocal, localToIso } from "../forms/datetime-local";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { useConnectorOptions } from "../connectors/use-connector-options";
import { useRecoverDeliveries } from "./use-recover-deliveries";
import { DialogActions } from "../ui/dialog-actions";

const recoverFormSchema = z.object({
  connectorId: recoverSchema.shape.connectorId,
  since: z
    .string()
    .min(1, "Choose a date and time")
    .transform((value) => localToIso(value) ?? "")
    .pipe(z.string().min(1, "Choose a date and time")),
});
type RecoverFormValues = z.input<typeof recoverFormSchema>;
type RecoverFormOutput = z.output<typeof recoverFormSchema>;

const dayAgo = () => isoToLocal(new Date(Date.now() - 24 * 60 * 60 * 1000));

export function RecoverDialog({
  open,
  onClose,
  connectorId,
}: {
  open: boolean;
  onClose: () => void;
  connectorId?: string;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Recover failed deliveries"
      description="After fixing a receiver: every failed, dead or template error delivery of the connector created since the time you pick is sent again now (rendered with the connector as it is now)."
    >
      {/* Mounted per opening, so the form and the result start fresh each time. */}
      <RecoverForm onClose={onClose} connectorId={connectorId} />
    </Dialog>
  );
}

function RecoverForm({ onClose, connectorId }: { onClose: () => void; connectorId?: string }) {
  const connectors = useConnectorOptions();
  const recover = useRecoverDeliveries();
  const [recovered, setRecovered] = useState<number | null>(null);
  const form = useForm<RecoverFormValues, unknown, RecoverFormOutput>({
    resolver: zodResolver(recoverFormSchema),
    defaultValues: { connectorId: connectorId ?? "", since: dayAgo() },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    recover.mutate(values, {
      onSuccess: (result) => setRecovered(result.recovered),
      onError: (error) => showServerError(error, form.setError, ["connectorId", "since"]),
    }),
  );

  return recovered !== null ? (
    <div className="space-y-6">
      <p
        role="status"
        className="rounded-md bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-900 ring-1 ring-emerald-200"
      >
        {recovered === 0
          ? "Nothing to recover: no failed, dead or template error deliveries in that range."
          : `Requeued ${recovered} ${recovered === 1 ? "delivery" : "deliveries"}.`}
      </p>
      <div className="flex justify-end">
        <Button onClick={onClose}>Done</Button>
      </div>
    </div>
  ) : (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Field label="Connector" error={errors.connectorId?.message}>
        <Select {...form.register("connectorId")}>
          <option value="">Choose a connector</option>
          {connectors.data?.map((connector) => (
            <option key={connector.id} value={connector.id}>
              {connector.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Failed since" error={errors.since?.message} hint="In your time zone.">
        <Input type="datetime-local" {...form.register("since")} />
      </Field>
      <DialogActions onCancel={onClose} submitLabel="Recover deliveries" pending={recover.isPending} />
    </form>
  );
}
