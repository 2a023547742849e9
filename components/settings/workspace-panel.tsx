"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { workspaceSettingsSchema } from "@/lib/workspaces/schema";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { toast } from "../ui/toast";
import { AppSecretCard } from "./app-secret-card";
import { SettingsLoading } from "./settings-loading";
import { useUpdateWorkspaceSettings } from "./use-update-workspace-settings";
import { useWorkspaceSettings } from "./use-workspace-settings";

type FormInput = z.input<typeof workspaceSettingsSchema>;
type FormOutput = z.output<typeof workspaceSettingsSchema>;

export function WorkspacePanel() {
  const workspace = useWorkspaceSettings();
  const update = useUpdateWorkspaceSettings();
  const canWrite = useCanWrite();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(workspaceSettingsSchema),
    defaultValues: { name: "", publicUrl: "" },
  });
  const { errors, isDirty } = form.formState;
  const data = workspace.data;
  const publicUrl = useWatch({ control: form.control, name: "publicUrl" });

  useEffect(() => {
    if (data) form.reset({ name: data.name, publicUrl: data.publicUrl ?? "" });
  }, [data, form]);

  const onSubmit = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => toast.success("Workspace settings saved"),
      onError: (error) => showServerError(error, form.setError, ["name", "publicUrl"]),
    }),
  );

  if (!data) return <SettingsLoading query={workspace} />;
  const exampleBase = publicUrl?.replace(/\/+$/, "") || data.fallbackPublicUrl;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Workspace"
          description="The name shown in the dashboard and the address external systems use to reach Switchboard."
        />
        <CardBody>
          <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
            <Field label="Name" error={errors.name?.message}>
              <Input disabled={!canWrite} {...form.register("name")} />
            </Field>
            <Field
              label="Public base URL"
              error={errors.publicUrl?.message}
              hint={
                <>
                  Trigger URLs start with it, e.g.{" "}
                  <span className="font-mono break-all">
                    {exampleBase}/api/webhook/{data.slug}/shop-orders
                  </span>
                  . Empty: the server&apos;s SWITCHBOARD_PUBLIC_URL, or this machine.
                </>
              }
            >
              <Input
                type="url"
                inputMode="url"
                placeholder="https://hooks.example.com"
                disabled={!canWrite}
                {...form.register("publicUrl")}
              />
            </Field>
            {canWrite && (
              <Button type="submit" loading={update.isPending} disabled={!isDirty}>
                Save workspace
              </Button>
            )}
          </form>
        </CardBody>
      </Card>
      <AppSecretCard configured={data.appSecret !== null} />
    </div>
  );
}
