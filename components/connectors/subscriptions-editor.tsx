"use client";
// Which event types this connector receives: search and tick event types, optionally narrow each with a payload
// filter, then Save replaces the whole set (PUT) in one go.
import { useState } from "react";
import { ApiClientError } from "../api/request";
import { showServerError } from "../forms/show-server-error";
import { Button } from "../ui/button";
import { Card, CardBody, CardHeader } from "../ui/card";
import { Input } from "../ui/input";
import { toast } from "../ui/toast";
import { showTemplateWarnings } from "./template-warnings";
import { SubscriptionFilterFields } from "./subscription-filter-fields";
import { draftFromFilter, filterFromDraft, noFilter, type FilterDraft } from "./subscription-filter";
import type { SubscriptionRow } from "./types";
import { useEventTypeOptions } from "./use-event-type-options";
import { useSaveSubscriptions } from "./use-save-subscriptions";

interface Selected {
  eventTypeId: string;
  key: string;
  filter: FilterDraft;
}

export function SubscriptionsEditor({
  connectorId,
  initial,
  canWrite,
}: {
  connectorId: string;
  initial: SubscriptionRow[];
  canWrite: boolean;
}) {
  const [selected, setSelected] = useState<Selected[]>(() =>
    initial.map((row) => ({
      eventTypeId: row.eventTypeId,
      key: row.eventType.key,
      filter: draftFromFilter(row.filter),
    })),
  );
  const [search, setSearch] = useState("");
  const [issues, setIssues] = useState<Record<number, string>>({});
  const options = useEventTypeOptions(search.trim());
  const save = useSaveSubscriptions();
  const chosen = new Set(selected.map((item) => item.eventTypeId));

  function toggle(option: { id: string; key: string }) {
    setIssues({});
    setSelected((current) =>
      chosen.has(option.id)
        ? current.filter((item) => item.eventTypeId !== option.id)
        : [...current, { eventTypeId: option.id, key: option.key, filter: noFilter }],
    );
  }

  function onSave() {
    setIssues({});
    const subscriptions = selected.map((item) => ({
      eventTypeId: item.eventTypeId,
      filter: filterFromDraft(item.filter),
    }));
    save.mutate(
      { id: connectorId, subscriptions },
      {
        onSuccess: (saved) => {
          toast.success("Subscriptions saved");
          showTemplateWarnings(saved.warnings);
        },
        onError: (error) => {
          // details paths look like subscriptions.2.filter.path: show each under its row.
          if (error instanceof ApiClientError) {
            const byRow: Record<number, string> = {};
            for (const issue of error.fieldIssues) {
              const index = Number(issue.path.split(".")[1]);
              if (Number.isInteger(index)) byRow[index] ??= issue.message;
            }
            setIssues(byRow);
          }
          showServerError(error);
        },
      },
    );
  }

  return (
    <Card>
      <CardHeader
        title="Event subscriptions"
        description="Events of these types are delivered to this connector."
        actions={
          canWrite && (
            <Button size="sm" loading={save.isPending} onClick={onSave}>
              Save subscriptions
            </Button>
          )
        }
      />
      <CardBody className="space-y-5">
        {selected.length === 0 ? (
          <p className="text-sm text-slate-500">Not subscribed to any event type.</p>
        ) : (
          <ul className="space-y-3" aria-label="Subscribed event types">
            {selected.map((item, index) => (
              <li key={item.eventTypeId} className="rounded-md p-3 ring-1 ring-slate-200" data-testid="subscription">
                <div className="flex items-center justify-between gap-3">
                  <span className="font-mono text-sm font-medium break-all text-slate-900">{item.key}</span>
                  {canWrite && (
                    <Button
                      variant="danger-ghost"
                      size="sm"
                      onClick={() => toggle({ id: item.eventTypeId, key: item.key })}
                    >
                      Remove
                    </Button>
                  )}
                </div>
                <SubscriptionFilterFields
                  draft={item.filter}
                  disabled={!canWrite}
                  label={item.key}
                  onChange={(filter) =>
                    setSelected((current) => current.map((entry, at) => (at === index ? { ...entry, filter } : entry)))
                  }
                />
                {issues[index] && <p className="mt-1 text-xs font-medium text-red-700">{issues[index]}</p>}
              </li>
            ))}
          </ul>
        )}

        {canWrite && (
          <div className="space-y-2 border-t border-slate-200 pt-4">
            <Input
              type="search"
              aria-label="Search event types"
              placeholder="Search event types by key, code or description"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <div className="max-h-64 overflow-y-auto rounded-md ring-1 ring-slate-200">
              {options.isPending ? (
                <p className="px-3 py-2 text-sm text-slate-500">Loading event types…</p>
              ) : options.isError ? (
                <p className="px-3 py-2 text-sm text-red-700">Could not load event types: {options.error.message}</p>
              ) : options.data.length === 0 ? (
                <p className="px-3 py-2 text-sm text-slate-500">
                  {search ? "No event type matches." : "No event types yet: create them on the Event types page."}
                </p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {options.data.map((option) => (
                    <li key={option.id}>
                      <label className="flex cursor-pointer items-start gap-3 px-3 py-2 text-sm hover:bg-slate-50">
                        <input
                          type="checkbox"
                          className="mt-0.5 size-4 accent-indigo-600"
                          checked={chosen.has(option.id)}
                          onChange={() => toggle(option)}
                        />
                        <span className="min-w-0">
                          <span className="font-mono font-medium break-all text-slate-900">{option.key}</span>
                          {option.code !== null && <span className="ml-2 text-xs text-slate-500">#{option.code}</span>}
                          {option.description && (
                            <span className="block truncate text-xs text-slate-500">{option.description}</span>
                          )}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
