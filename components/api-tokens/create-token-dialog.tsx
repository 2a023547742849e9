"use client";
// New API tokens for scripts and systems. The usual first use is publishing events, which takes an admin token, so
// that is the default; the dialog says what each role may do so a read-only token is a deliberate choice.
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createTokenSchema } from "@/lib/auth/schema";
import { showServerError } from "../forms/show-server-error";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { useCreateApiToken } from "./use-create-api-token";
import { DialogActions } from "../ui/dialog-actions";

interface CreateTokenDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (token: string, name: string) => void;
}

export function CreateTokenDialog({ open, onClose, onCreated }: CreateTokenDialogProps) {
  const createToken = useCreateApiToken();
  const form = useForm<z.input<typeof createTokenSchema>, unknown, z.output<typeof createTokenSchema>>({
    resolver: zodResolver(createTokenSchema),
    defaultValues: { name: "", role: "admin" },
  });
  const { errors } = form.formState;

  function close() {
    form.reset();
    onClose();
  }

  const onSubmit = form.handleSubmit((values) =>
    createToken.mutate(values, {
      onSuccess: ({ token, apiToken }) => {
        form.reset();
        onCreated(token, apiToken.name);
      },
      onError: (error) => showServerError(error, form.setError, ["name", "role"]),
    }),
  );

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create API token"
      description="Tokens authenticate scripts and other systems: send it as Authorization: Bearer <token>."
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <Field label="Name" error={errors.name?.message} hint="Say where it is used, e.g. “CI pipeline” or “CRM sync”.">
          <Input autoFocus {...form.register("name")} />
        </Field>
        <Field
          label="Role"
          error={errors.role?.message}
          hint={
            <span data-testid="token-role-help">
              Admin: publishes events, runs connectors, changes connectors, triggers and settings. Viewer: reads
              everything and changes nothing (publishing an event answers 403).
            </span>
          }
        >
          <Select {...form.register("role")}>
            <option value="admin">Admin (publish events, read and write)</option>
            <option value="viewer">Viewer (read only)</option>
          </Select>
        </Field>
        <DialogActions onCancel={close} submitLabel="Create token" pending={createToken.isPending} />
      </form>
    </Dialog>
  );
}
