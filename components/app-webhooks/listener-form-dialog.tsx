"use client";
// Create or edit a listener: its name (what app webhooks put in `action`), a description, and the ordered
// connectors it calls with optional templates over {{event}} and {{props}}.
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import {
  createAppListenerSchema,
  updateAppListenerSchema,
  type AppListenerFormValues,
  type CreateAppListenerInput,
} from "@/lib/app-webhooks/schema";
import { showServerError } from "../forms/show-server-error";
import { ActionsEditor } from "../triggers/actions-editor";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Textarea } from "../ui/textarea";
import { toast } from "../ui/toast";
import type { AppListenerDto } from "./types";
import { useCreateAppListener } from "./use-create-app-listener";
import { useUpdateAppListener } from "./use-update-app-listener";
import { DialogActions } from "../ui/dialog-actions";

const variables = [
  { name: "payload", meaning: "The body the app posted to the trigger URL, as in every call" },
  { name: "event", meaning: "The same body under its documented app webhook name" },
  { name: "event.triggerData", meaning: "One field of a JSON body" },
  { name: "props", meaning: "The webhook's props" },
  { name: "props.userId", meaning: "One prop" },
  { name: "webhook.uuid", meaning: "The webhook's uuid" },
  { name: "headers", meaning: "The request headers (credentials redacted)" },
  { name: "connector.name", meaning: "The connector being called" },
];

const createResolver = zodResolver(createAppListenerSchema) as unknown as Resolver<
  AppListenerFormValues,
  unknown,
  CreateAppListenerInput
>;
const updateResolver = zodResolver(updateAppListenerSchema) as unknown as Resolver<
  AppListenerFormValues,
  unknown,
  CreateAppListenerInput
>;

const toValues = (listener?: AppListenerDto): AppListenerFormValues =>
  listener
    ? {
        name: listener.name,
        description: listener.description,
        actions: listener.actions.map((action) => ({
          connectorId: action.connectorId,
          bodyTemplate: action.bodyTemplate,
        })),
      }
    : { name: "", description: "", actions: [{ connectorId: "", bodyTemplate: null }] };

interface ListenerFormDialogProps {
  open: boolean;
  /** Absent: a new listener. */
  listener?: AppListenerDto;
  onClose: () => void;
}

export function ListenerFormDialog({ open, listener, onClose }: ListenerFormDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={listener ? `Edit listener ${listener.name}` : "New listener"}
      description="App webhooks whose action is this name call these connectors, in order."
      className="max-w-2xl"
    >
      {/* Mounted per opening so the form starts from the listener being edited. */}
      {open && <ListenerForm listener={listener} onDone={onClose} />}
    </Dialog>
  );
}

function ListenerForm({ listener, onDone }: { listener?: AppListenerDto; onDone: () => void }) {
  const createListener = useCreateAppListener();
  const updateListener = useUpdateAppListener();
  const form = useForm<AppListenerFormValues, unknown, CreateAppListenerInput>({
    resolver: listener ? updateResolver : createResolver,
    defaultValues: toValues(listener),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    const handlers = {
      onSuccess: () => {
        toast.success(listener ? "Listener saved" : "Listener created");
        onDone();
      },
      onError: (error: Error) => showServerError(error, form.setError, ["name", "description", "actions"]),
    };
    if (listener) updateListener.mutate({ id: listener.id, input: values }, handlers);
    else createListener.mutate(values, handlers);
  });

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        className="space-y-5"
        aria-label={listener ? "Edit listener" : "New listener"}
      >
        <Field label="Name" error={errors.name?.message} hint="What apps send as action, e.g. exampleListener.">
          <Input autoFocus className="font-mono" autoCapitalize="off" spellCheck={false} {...form.register("name")} />
        </Field>
        <Field label="Description (optional)" error={errors.description?.message}>
          <Textarea rows={2} className="font-sans" {...form.register("description")} />
        </Field>
        <ActionsEditor variables={variables} />
        <DialogActions
          onCancel={onDone}
          submitLabel={listener ? "Save listener" : "Create listener"}
          pending={createListener.isPending || updateListener.isPending}
        />
      </form>
    </FormProvider>
  );
}
