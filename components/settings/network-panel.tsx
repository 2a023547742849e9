"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import { allowlistEntrySchema } from "@/lib/network/schema";
import { ApiClientError } from "../api/request";
import { showServerError } from "../forms/show-server-error";
import { useCanWrite } from "../shell/viewer-context";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Input } from "../ui/input";
import { toast } from "../ui/toast";
import { AddressCheckCard } from "./address-check-card";
import { SettingsLoading } from "./settings-loading";
import { useNetworkSettings } from "./use-network-settings";
import { useSaveNetworkSettings } from "./use-save-network-settings";

// react-hook-form's field arrays hold objects; the API's allowlist is a list of strings.
const formSchema = z.object({ entries: z.array(z.object({ value: allowlistEntrySchema })) });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

export function NetworkPanel() {
  const network = useNetworkSettings();
  const save = useSaveNetworkSettings();
  const canWrite = useCanWrite();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: { entries: [] },
  });
  const entries = useFieldArray({ control: form.control, name: "entries" });
  const data = network.data;

  useEffect(() => {
    if (data) form.reset({ entries: data.allowlist.map((value) => ({ value })) });
  }, [data, form]);

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(
      { allowlist: values.entries.map((entry) => entry.value) },
      {
        onSuccess: () => toast.success("Allowlist saved"),
        onError: (error) => {
          // The server names entries "allowlist.<index>"; the form names them "entries.<index>.value".
          if (error instanceof ApiClientError) {
            for (const issue of error.fieldIssues) {
              const index = /^allowlist\.(\d+)$/.exec(issue.path)?.[1];
              if (index !== undefined)
                form.setError(`entries.${Number(index)}.value`, { type: "server", message: issue.message });
            }
          }
          showServerError(error);
        },
      },
    ),
  );

  if (!data) return <SettingsLoading query={network} />;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="Outbound allowlist"
          description="Connectors may not call private, loopback or link-local addresses (protection against SSRF) unless the host or address is listed here."
        />
        <CardBody>
          <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
            <p className="text-sm text-slate-600">
              Each entry is a host name (<code className="font-mono text-xs">crm.lan</code>), every subdomain (
              <code className="font-mono text-xs">*.internal.example</code>), an IP address (
              <code className="font-mono text-xs">10.0.0.5</code>) or a range (
              <code className="font-mono text-xs">10.0.0.0/8</code>). Add{" "}
              <code className="font-mono text-xs">:port</code> or <code className="font-mono text-xs">:8000-8999</code>{" "}
              to open only those ports (<code className="font-mono text-xs">127.0.0.1:8080</code>,{" "}
              <code className="font-mono text-xs">[::1]:9000</code>,{" "}
              <code className="font-mono text-xs">10.0.0.0/8:8000-8999</code>); without one, every port is open.
            </p>
            {entries.fields.length === 0 && (
              <p className="text-sm text-slate-500 italic">No entries: every private address is blocked.</p>
            )}
            <ul className="space-y-2">
              {entries.fields.map((field, index) => {
                const error = form.formState.errors.entries?.[index]?.value?.message;
                return (
                  <li key={field.id}>
                    <div className="flex gap-2">
                      <Input
                        aria-label={`Allowlist entry ${index + 1}`}
                        aria-invalid={error ? true : undefined}
                        placeholder="10.0.0.0/8"
                        disabled={!canWrite}
                        className="font-mono"
                        {...form.register(`entries.${index}.value`)}
                      />
                      {canWrite && (
                        <Button
                          variant="ghost"
                          aria-label={`Remove entry ${index + 1}`}
                          onClick={() => entries.remove(index)}
                        >
                          Remove
                        </Button>
                      )}
                    </div>
                    {error && <p className="mt-1 text-xs font-medium text-red-700">{error}</p>}
                  </li>
                );
              })}
            </ul>
            {data.environmentAllowlist.length > 0 && (
              <p className="text-xs text-slate-500">
                Also allowed by the server&apos;s SWITCHBOARD_ALLOW_PRIVATE setting:{" "}
                <span className="font-mono">{data.environmentAllowlist.join(", ")}</span>
              </p>
            )}
            {canWrite && (
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => entries.append({ value: "" })}>
                  Add entry
                </Button>
                <Button type="submit" loading={save.isPending} disabled={!form.formState.isDirty}>
                  Save allowlist
                </Button>
              </div>
            )}
          </form>
        </CardBody>
      </Card>
      {/* The check resolves any name through the server: admins only, like the API route. */}
      {canWrite && <AddressCheckCard />}
    </div>
  );
}
