"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { testEmailSchema } from "@/lib/email/schema";
import { applyFieldErrors } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { useSendTestEmail } from "./use-send-test-email";

type FormValues = z.input<typeof testEmailSchema>;

/** Sends one email with the saved settings; the mail server's answer (or refusal) is shown in place. */
export function TestEmailForm() {
  const send = useSendTestEmail();
  const form = useForm<FormValues>({ resolver: zodResolver(testEmailSchema), defaultValues: { to: "" } });
  const onSubmit = form.handleSubmit(({ to }) =>
    send.mutate(to, { onError: (error) => applyFieldErrors(error, form.setError, ["to"]) }),
  );
  return (
    <Card>
      <CardHeader title="Send a test email" description="Uses the saved settings, so save changes first." />
      <CardBody className="space-y-3">
        <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3 sm:flex-row sm:items-start">
          <div className="flex-1">
            <Field label="Send to" error={form.formState.errors.to?.message}>
              <Input type="email" placeholder="you@example.com" {...form.register("to")} />
            </Field>
          </div>
          <Button type="submit" variant="secondary" loading={send.isPending} className="sm:mt-6">
            Send test email
          </Button>
        </form>
        <div aria-live="polite">
          {send.isSuccess && (
            <p className="text-sm text-emerald-700">Sent: the mail server accepted it as {send.data.messageId}.</p>
          )}
          {send.isError && (
            <p role="alert" className="text-sm break-words text-red-700">
              {send.error.message}
            </p>
          )}
        </div>
      </CardBody>
    </Card>
  );
}
