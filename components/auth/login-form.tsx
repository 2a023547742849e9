"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { loginSchema } from "@/lib/auth/schema";
import { applyFieldErrors } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { useLogin } from "./use-login";

export function LoginForm() {
  const router = useRouter();
  const login = useLogin();
  const form = useForm<z.input<typeof loginSchema>, unknown, z.output<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => {
        router.replace("/overview");
        router.refresh();
      },
      // The message shows inline under the fields (a toast as well would say it twice).
      onError: (error) => applyFieldErrors(error, form.setError, ["email", "password"]),
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="username" autoFocus {...form.register("email")} />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </Field>
      {login.error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {login.error.message}
        </p>
      )}
      <Button type="submit" className="w-full" loading={login.isPending || login.isSuccess}>
        Sign in
      </Button>
    </form>
  );
}
