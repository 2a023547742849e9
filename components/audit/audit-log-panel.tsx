"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button, buttonClasses } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { Field } from "../ui/field";
import { Input } from "../ui/input";
import { RelativeTime } from "../ui/relative-time";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { auditApi, type AuditFilters } from "./api-client";
import { useAuditLog } from "./use-audit-log";

function summarizeDiff(diff: unknown): string {
  if (diff === null || diff === undefined) return "";
  const text = JSON.stringify(diff);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function AuditLogPanel() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const form = useForm<AuditFilters>({ defaultValues: { actor: "", action: "", targetType: "", from: "", to: "" } });
  const audit = useAuditLog(filters);
  const entries = audit.data?.pages.flatMap((page) => page.data) ?? [];
  const apply = form.handleSubmit((values) =>
    setFilters({
      ...values,
      from: values.from ? new Date(values.from).toISOString() : undefined,
      to: values.to ? new Date(values.to).toISOString() : undefined,
    }),
  );
  return (
    <Card>
      <CardHeader
        title="Audit log"
        description="Who changed what: every create, update, delete, secret reveal or rotation, token change, sign-in and settings change."
        actions={
          <a href={auditApi.csvUrl(filters)} className={buttonClasses("secondary", "sm")} download>
            Export CSV
          </a>
        }
      />
      <form
        onSubmit={apply}
        className="grid gap-3 border-b border-slate-200 px-5 py-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      >
        <Field label="Actor">
          <Input placeholder="email or token" {...form.register("actor")} />
        </Field>
        <Field label="Action">
          <Input placeholder="connector. or auth.signed_in" {...form.register("action")} />
        </Field>
        <Field label="Target type">
          <Input placeholder="api_token" {...form.register("targetType")} />
        </Field>
        <Field label="From">
          <Input type="datetime-local" {...form.register("from")} />
        </Field>
        <Field label="To">
          <Input type="datetime-local" {...form.register("to")} />
        </Field>
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
      </form>
      {audit.isPending ? (
        <p className="px-5 py-6 text-sm text-slate-500">Loading…</p>
      ) : audit.isError ? (
        <p role="alert" className="px-5 py-6 text-sm text-red-600">
          {audit.error.message}
        </p>
      ) : entries.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">No entries match.</p>
      ) : (
        <Table>
          <THead>
            <Th>Time</Th>
            <Th>Actor</Th>
            <Th>Action</Th>
            <Th>Target</Th>
            <Th>Changes</Th>
            <Th>IP</Th>
          </THead>
          <TBody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <Td className="text-slate-500">
                  <RelativeTime value={entry.createdAt} />
                </Td>
                <Td>
                  {entry.actorLabel}
                  <span className="ml-1 text-xs text-slate-400">{entry.actorType}</span>
                </Td>
                <Td className="font-mono text-xs">{entry.action}</Td>
                <Td className="text-xs">
                  {entry.targetType}
                  {entry.targetId && (
                    <span className="ml-1 font-mono text-slate-400">{entry.targetId.slice(0, 8)}</span>
                  )}
                </Td>
                <Td className="max-w-sm truncate font-mono text-xs text-slate-500" title={JSON.stringify(entry.diff)}>
                  {summarizeDiff(entry.diff)}
                </Td>
                <Td className="text-xs text-slate-500">{entry.ip ?? "—"}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
      {audit.hasNextPage && (
        <div className="border-t border-slate-200 px-5 py-3">
          <Button
            variant="ghost"
            size="sm"
            loading={audit.isFetchingNextPage}
            onClick={() => void audit.fetchNextPage()}
          >
            Load older entries
          </Button>
        </div>
      )}
    </Card>
  );
}
