"use client";
// Register an app webhook from the dashboard: the action (a listener's name, picked or typed) and its props as a
// JSON object, checked by the API's own schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { appWebhookPropsSchema, createAppWebhookSchema } from "@/lib/app-webhooks/schema";
import { jsonText } from "../forms/json-text";
import { showServerError } from "../forms/show-server-error";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Textarea } from "../ui/textarea";
import { toast } from "../ui/toast";
import { useAppListeners } from "./use-app-listeners";
import { useCreateAppWebhook } from "./use-create-app-webhook";
import { DialogActions } from "../ui/dialog-actions";

const formSchema = createAppWebhookSchema.extend({ props: jsonText({}).pipe(appWebhookPropsSchema) });

export function CreateAppWebhookDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const listId = useId();
  const listeners = useAppListeners();
  const createWebhook = useCreateAppWebhook();
  const form = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: { action: "", props: '{\n  "userId": 1\n}' },
  });
  const { errors } = form.formState;

  function close() {
    form.reset();
    onClose();
  }

  const onSubmit = form.handleSubmit((values) =>
    createWebhook.mutate(values, {
      onSuccess: () => {
        toast.success("App webhook created");
        close();
      },
      onError: (error) => showServerError(error, form.setError, ["action", "props"]),
    }),
  );

  return (
    <Dialog
      open={open}
      onClose={close}
      title="New app webhook"
      description="Apps usually create these themselves with POST /api/app/webhooks; this does the same."
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate className="space-y-5">
        <Field
          label="Action"
          error={errors.action?.message}
          hint={
            listeners.data?.length
              ? "The listener to run: pick one or type a name you will create later."
              : "The name of the listener to run (create listeners below)."
          }
        >
          <Input
            autoFocus
            list={listId}
            className="font-mono"
            autoCapitalize="off"
            spellCheck={false}
            {...form.register("action")}
          />
        </Field>
        <datalist id={listId}>
          {listeners.data?.map((listener) => (
            <option key={listener.id} value={listener.name} />
          ))}
        </datalist>
        <Field
          label="Props (JSON object)"
          error={errors.props?.message}
          hint="Passed to the listener as {{props}}, e.g. {{props.userId}}."
        >
          <Textarea rows={5} spellCheck={false} {...form.register("props")} />
        </Field>
        <DialogActions onCancel={close} submitLabel="Create webhook" pending={createWebhook.isPending} />
      </form>
    </Dialog>
  );
}
