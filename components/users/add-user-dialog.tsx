"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { createUserSchema } from "@/lib/auth/schema";
import { showServerError } from "../forms/show-server-error";
import { Dialog } from "../ui/dialog";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { toast } from "../ui/toast";
import { useCreateUser } from "./use-create-user";
import { DialogActions } from "../ui/dialog-actions";

export function AddUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const createUser = useCreateUser();
  const form = useForm<z.input<typeof createUserSchema>, unknown, z.output<typeof createUserSchema>>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: "", name: "", password: "", role: "viewer" },
  });
  const { errors } = form.formState;

  function close() {
    form.reset();
    onClose();
  }

  const onSubmit = form.handleSubmit(({ name, ...values }) =>
    createUser.mutate(
      { ...values, name: name || undefined },
      {
        onSuccess: (user) => {
          toast.success(`Added ${user.email} as ${user.role}`);
          close();
        },
        onError: (error) => showServerError(error, form.setError, ["email", "name", "password", "role"]),
      },
    ),
  );

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Add user"
      description="Share the password with them over a safe channel."
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <Field label="Email" error={errors.email?.message}>
          <Input type="email" autoComplete="off" autoFocus {...form.register("email")} />
        </Field>
        <Field label="Name (optional)" error={errors.name?.message}>
          <Input autoComplete="off" {...form.register("name")} />
        </Field>
        <Field label="Password" error={errors.password?.message} hint="At least 12 characters.">
          <Input type="password" autoComplete="new-password" {...form.register("password")} />
        </Field>
        <Field label="Role" error={errors.role?.message}>
          <Select {...form.register("role")}>
            <option value="viewer">Viewer (read only)</option>
            <option value="admin">Admin (read and write)</option>
          </Select>
        </Field>
        <DialogActions onCancel={close} submitLabel="Add user" pending={createUser.isPending} />
      </form>
    </Dialog>
  );
}
