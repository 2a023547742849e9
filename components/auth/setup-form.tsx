"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { setupSchema } from "@/lib/auth/schema";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { useSetup } from "./use-setup";

// The server's schema plus a confirmation that only the form needs; the setup code is required when asked for.
const setupFormSchema = (askCode: boolean) =>
  setupSchema
    .extend({ confirmPassword: z.string().min(1, "Repeat the password") })
    .refine((values) => values.password === values.confirmPassword, {
      path: ["confirmPassword"],
      message: "Passwords do not match",
    })
    .refine((values) => !askCode || !!values.setupCode, {
      path: ["setupCode"],
      message: "Enter the setup code printed in the server's console",
    });
type SetupFormSchema = ReturnType<typeof setupFormSchema>;

/** `askCode`: the server was reached from elsewhere than this machine, so setup needs the console's setup code. */
export function SetupForm({ askCode }: { askCode: boolean }) {
  const router = useRouter();
  const setup = useSetup();
  const form = useForm<z.input<SetupFormSchema>, unknown, z.output<SetupFormSchema>>({
    resolver: zodResolver(setupFormSchema(askCode)),
    defaultValues: { setupCode: "", email: "", name: "", password: "", confirmPassword: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ confirmPassword: _confirm, name, setupCode, ...values }) =>
    setup.mutate(
      { ...values, name: name || undefined, setupCode: setupCode || undefined },
      {
        onSuccess: () => {
          router.replace("/overview");
          router.refresh();
        },
        onError: (error) => showServerError(error, form.setError, ["setupCode", "email", "name", "password"]),
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {askCode && (
        <Field
          label="Setup code"
          error={errors.setupCode?.message}
          hint="Printed in the console where Switchboard was started: “create one at …/setup with the setup code …”."
        >
          <Input
            autoComplete="off"
            spellCheck={false}
            autoFocus
            className="font-mono uppercase"
            {...form.register("setupCode")}
          />
        </Field>
      )}
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="username" autoFocus={!askCode} {...form.register("email")} />
      </Field>
      <Field label="Name (optional)" error={errors.name?.message}>
        <Input autoComplete="name" {...form.register("name")} />
      </Field>
      <Field label="Password" error={errors.password?.message} hint="At least 12 characters. A passphrase works well.">
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <Field label="Confirm password" error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...form.register("confirmPassword")} />
      </Field>
      <Button type="submit" className="w-full" loading={setup.isPending || setup.isSuccess}>
        Create administrator
      </Button>
    </form>
  );
}
