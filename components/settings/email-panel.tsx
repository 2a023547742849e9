"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SECRET_MASK } from "@/lib/crypto/secret-mask";
import { smtpSettingsSchema } from "@/lib/email/schema";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Checkbox } from "../ui/checkbox";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { toast } from "../ui/toast";
import { SettingsLoading } from "./settings-loading";
import { TestEmailForm } from "./test-email-form";
import { useClearEmailSettings } from "./use-clear-email-settings";
import { useEmailSettings } from "./use-email-settings";
import { useSaveEmailSettings } from "./use-save-email-settings";

type FormInput = z.input<typeof smtpSettingsSchema>;
type FormOutput = z.output<typeof smtpSettingsSchema>;
const FIELDS = ["host", "port", "secure", "username", "password", "from"] as const;
const empty: FormInput = { host: "", port: 587, secure: false, username: "", password: "", from: "" };

export function EmailPanel() {
  const email = useEmailSettings();
  const save = useSaveEmailSettings();
  const clear = useClearEmailSettings();
  const canWrite = useCanWrite();
  const [confirmingClear, setConfirmingClear] = useState(false);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(smtpSettingsSchema),
    defaultValues: empty,
  });
  const { errors } = form.formState;
  const data = email.data;

  useEffect(() => {
    if (data) form.reset(data.smtp ?? empty);
  }, [data, form]);

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => toast.success("Email settings saved"),
      onError: (error) => showServerError(error, form.setError, FIELDS),
    }),
  );

  if (!data) return <SettingsLoading query={email} />;
  const hasPassword = data.smtp?.password === SECRET_MASK;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Email (SMTP)"
          description="Failure notices (a delivery that failed for good, a connector disabled) are emailed to every admin once a mail server is set."
          actions={
            <Badge tone={data.configured ? "green" : "neutral"}>
              {data.configured ? "Sending notices" : "Not configured"}
            </Badge>
          }
        />
        <CardBody>
          <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-5 sm:grid-cols-6">
            <div className="sm:col-span-4">
              <Field label="SMTP host" error={errors.host?.message}>
                <Input placeholder="smtp.example.com" disabled={!canWrite} {...form.register("host")} />
              </Field>
            </div>
            <div className="sm:col-span-2">
              <Field label="Port" error={errors.port?.message}>
                <Input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={65535}
                  disabled={!canWrite}
                  {...form.register("port")}
                />
              </Field>
            </div>
            <div className="sm:col-span-6">
              <Checkbox
                label="Use TLS from the start (SMTPS)"
                hint="Usually port 465. Otherwise the connection is upgraded with STARTTLS when the server offers it (port 587)."
                disabled={!canWrite}
                {...form.register("secure")}
              />
            </div>
            <div className="sm:col-span-3">
              <Field label="Username" error={errors.username?.message} hint="Leave empty if the server needs no login.">
                <Input autoComplete="off" disabled={!canWrite} {...form.register("username")} />
              </Field>
            </div>
            <div className="sm:col-span-3">
              <Field
                label="Password"
                error={errors.password?.message}
                hint={hasPassword ? "Stored encrypted and shown masked: type over it to replace it." : undefined}
              >
                <Input
                  type="password"
                  autoComplete="new-password"
                  disabled={!canWrite}
                  {...form.register("password")}
                />
              </Field>
            </div>
            <div className="sm:col-span-6">
              <Field label="From address" error={errors.from?.message}>
                <Input
                  type="email"
                  placeholder="switchboard@example.com"
                  disabled={!canWrite}
                  {...form.register("from")}
                />
              </Field>
            </div>
            {canWrite && (
              <div className="flex flex-wrap gap-2 sm:col-span-6">
                <Button type="submit" loading={save.isPending}>
                  Save email settings
                </Button>
                {data.configured && (
                  <Button variant="danger-ghost" onClick={() => setConfirmingClear(true)}>
                    Remove settings
                  </Button>
                )}
              </div>
            )}
          </form>
        </CardBody>
      </Card>
      {canWrite && data.configured && <TestEmailForm />}
      <ConfirmDialog
        open={confirmingClear}
        onClose={() => setConfirmingClear(false)}
        title="Remove the email settings?"
        description="Failure notices will only appear in the dashboard until a mail server is set again."
        confirmLabel="Remove settings"
        pending={clear.isPending}
        onConfirm={() =>
          clear.mutate(undefined, {
            onSuccess: () => {
              setConfirmingClear(false);
              toast.success("Email settings removed");
            },
            onError: (error) => showServerError(error),
          })
        }
      />
    </div>
  );
}
