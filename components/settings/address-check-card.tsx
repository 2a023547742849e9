"use client";
// "Check an address": what the outbound guard would do with a URL under the saved allowlist, kept current as it changes.
import { useEffect, useRef } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { checkAddressBodySchema } from "@/lib/network/schema";
import { showServerError } from "../forms/show-server-error";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { useCheckAddress } from "./use-check-address";
import { useNetworkSettings } from "./use-network-settings";

type FormValues = z.input<typeof checkAddressBodySchema>;

/** Resolves a URL's host and shows, per address, what the outbound guard would do with the saved allowlist. */
export function AddressCheckCard() {
  const check = useCheckAddress();
  const form = useForm<FormValues>({ resolver: zodResolver(checkAddressBodySchema), defaultValues: { url: "" } });
  const onSubmit = form.handleSubmit(({ url }) =>
    check.mutate(url, { onError: (error) => showServerError(error, form.setError, ["url"]) }),
  );
  const result = check.data;

  // A verdict judged against the allowlist as it was would stay on screen after saving a new one: check again.
  const { mutate, variables: checkedUrl } = check;
  const savedAllowlist = useNetworkSettings().data?.allowlist.join("\n");
  const judgedAgainst = useRef(savedAllowlist);
  useEffect(() => {
    if (savedAllowlist === judgedAgainst.current) return;
    judgedAgainst.current = savedAllowlist;
    if (checkedUrl !== undefined) mutate(checkedUrl);
  }, [savedAllowlist, checkedUrl, mutate]);
  return (
    <Card>
      <CardHeader
        title="Check an address"
        description="Would a connector be allowed to call this URL? Looks up DNS only; nothing is contacted."
      />
      <CardBody className="space-y-4">
        <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-3 sm:flex-row sm:items-start">
          <div className="flex-1">
            <Field label="URL" error={form.formState.errors.url?.message}>
              <Input type="url" inputMode="url" placeholder="http://10.0.0.5/hook" {...form.register("url")} />
            </Field>
          </div>
          <Button type="submit" variant="secondary" loading={check.isPending} className="sm:mt-6">
            Check
          </Button>
        </form>
        {result && (
          <div aria-live="polite" data-testid="address-check-result" className="space-y-2">
            <p className="text-sm text-slate-600">
              <span className="font-mono">{result.host}</span> resolves to {result.addresses.length} address
              {result.addresses.length === 1 ? "" : "es"}:
            </p>
            <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
              {result.addresses.map((entry) => (
                <li key={entry.address} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:gap-3">
                  <Badge tone={entry.allowed ? "green" : "red"} className="self-start sm:self-auto">
                    {entry.allowed ? "Allowed" : "Blocked"}
                  </Badge>
                  <span className="font-mono text-sm text-slate-900">{entry.address}</span>
                  <span className="text-sm text-slate-600">{entry.reason}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
