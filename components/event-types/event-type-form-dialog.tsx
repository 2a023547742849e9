"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { showServerError } from "../forms/show-server-error";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Textarea } from "../ui/textarea";
import { toast } from "../ui/toast";
import type { EventTypeRow } from "./api-client";
import {
  eventTypeFormFields,
  eventTypeFormSchema,
  formValuesFrom,
  type EventTypeFormOutput,
  type EventTypeFormValues,
} from "./event-type-form-schema";
import { useCreateEventType } from "./use-create-event-type";
import { useUpdateEventType } from "./use-update-event-type";
import { DialogActions } from "../ui/dialog-actions";

interface EventTypeFormDialogProps {
  open: boolean;
  /** null creates a new event type. */
  eventType: EventTypeRow | null;
  onClose: () => void;
}

export function EventTypeFormDialog({ open, eventType, onClose }: EventTypeFormDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={eventType ? "Edit event type" : "New event type"}
      description="Publishers send events with this key; connectors subscribe to it."
      className="max-w-2xl"
    >
      {/* Mounted per opening, so the form starts from the row being edited (or blank). */}
      <EventTypeForm eventType={eventType} onClose={onClose} />
    </Dialog>
  );
}

function EventTypeForm({ eventType, onClose }: { eventType: EventTypeRow | null; onClose: () => void }) {
  const create = useCreateEventType();
  const update = useUpdateEventType();
  // onChange: the sample payload is checked as it is typed, so a stray comma shows before saving.
  const form = useForm<EventTypeFormValues, unknown, EventTypeFormOutput>({
    resolver: zodResolver(eventTypeFormSchema),
    defaultValues: formValuesFrom(eventType),
    mode: "onChange",
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    const callbacks = {
      onSuccess: (saved: EventTypeRow) => {
        toast.success(eventType ? `Saved “${saved.key}”` : `Created “${saved.key}”`);
        onClose();
      },
      onError: (error: unknown) => showServerError(error, form.setError, eventTypeFormFields),
    };
    if (eventType) update.mutate({ id: eventType.id, input: values }, callbacks);
    else create.mutate(values, callbacks);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div className="grid gap-5 sm:grid-cols-[1fr_8rem]">
        <Field
          label="Key"
          error={errors.key?.message}
          hint="Letters, digits, dots, underscores and dashes, e.g. lead.created"
        >
          <Input autoFocus className="font-mono" autoComplete="off" spellCheck={false} {...form.register("key")} />
        </Field>
        <Field label="Code (optional)" error={errors.code?.message} hint="Numeric id for CRM integrations">
          <Input inputMode="numeric" autoComplete="off" {...form.register("code")} />
        </Field>
      </div>
      <Field label="Description" error={errors.description?.message}>
        <Input {...form.register("description")} />
      </Field>
      <Field
        label="Sample payload (JSON, optional)"
        error={errors.samplePayload?.message}
        hint="Shown to people setting up receivers and prefilled in Send test event."
      >
        <Textarea
          rows={8}
          spellCheck={false}
          placeholder='{ "email": "ada@example.com" }'
          {...form.register("samplePayload")}
        />
      </Field>
      <DialogActions
        onCancel={onClose}
        submitLabel={eventType ? "Save changes" : "Create event type"}
        pending={create.isPending || update.isPending}
      />
    </form>
  );
}
