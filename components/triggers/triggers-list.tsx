"use client";
// The trigger list: name, URL, authentication, state, actions and the last request's time and answer. Phones get
// one card per trigger instead of a table too wide to read.
import Link from "next/link";
import { HttpStatusBadge } from "../ui/http-status-badge";
import { useCanWrite } from "../shell/viewer-context";
import { ButtonLink } from "../ui/button";
import { Card } from "../ui/card";
import { CodeBlock } from "../ui/code-block";
import { EmptyState } from "../ui/empty-state";
import { ZapIcon } from "../ui/icons";
import { RelativeTime } from "../ui/relative-time";
import { ResponsiveList } from "../ui/responsive-list";
import { TableMessage } from "../ui/table-states";
import { authPresets } from "./auth-presets";
import { TriggerStateBadge } from "./trigger-state-badge";
import type { TriggerDto } from "./types";
import { useTriggers } from "./use-triggers";

const example = `curl -X POST "$SWITCHBOARD_URL/api/webhook/default/new-lead?key=$TRIGGER_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"email":"ada@example.com"}'`;

export function TriggersList() {
  const canWrite = useCanWrite();
  const triggers = useTriggers();

  if (triggers.isSuccess && triggers.data.length === 0) {
    return (
      <EmptyState
        icon={<ZapIcon />}
        title="No triggers yet"
        description="A trigger is an inbound URL such as /api/webhook/default/new-lead, protected by a shared key or a signature (GitHub, Stripe, Slack, Standard Webhooks). Each request is stored as an event and runs the trigger's actions on your connectors."
        actions={canWrite && <ButtonLink href="/triggers/new">New trigger</ButtonLink>}
      >
        <CodeBlock label="Call a trigger" code={example} />
      </EmptyState>
    );
  }

  return (
    <Card>
      {triggers.isPending ? (
        <TableMessage>Loading triggers…</TableMessage>
      ) : triggers.isError ? (
        <TableMessage tone="error">Could not load triggers: {triggers.error.message}</TableMessage>
      ) : (
        <ResponsiveList
          label="Triggers"
          rows={triggers.data}
          rowKey={(trigger) => trigger.id}
          breakpoint="md"
          cardTestId="trigger-card"
          rowTestId="trigger-row"
          card={(trigger) => (
            <>
              <div className="flex items-center justify-between gap-3">
                <Link href={`/triggers/${trigger.id}`} className="min-w-0 truncate font-medium text-indigo-700">
                  {trigger.name}
                </Link>
                <TriggerStateBadge enabled={trigger.enabled} />
              </div>
              <p className="font-mono text-xs break-all text-slate-600">{trigger.url}</p>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
                <span>{authPresets[trigger.authType].short}</span>
                <span>{actionsLabel(trigger)}</span>
                <LastEvent trigger={trigger} />
              </div>
            </>
          )}
          columns={[
            {
              id: "name",
              header: "Name",
              className: "max-w-48",
              cell: (trigger) => (
                <Link
                  href={`/triggers/${trigger.id}`}
                  className="block truncate font-medium text-indigo-700 hover:text-indigo-900 hover:underline"
                >
                  {trigger.name}
                </Link>
              ),
            },
            {
              id: "url",
              header: "URL",
              className: "max-w-80",
              cell: (trigger) => (
                <span className="block truncate font-mono text-xs text-slate-600" title={trigger.url}>
                  {trigger.url}
                </span>
              ),
            },
            { id: "auth", header: "Auth", cell: (trigger) => authPresets[trigger.authType].short },
            { id: "state", header: "State", cell: (trigger) => <TriggerStateBadge enabled={trigger.enabled} /> },
            { id: "actions", header: "Actions", cell: actionsLabel },
            { id: "last-event", header: "Last event", cell: (trigger) => <LastEvent trigger={trigger} /> },
          ]}
        />
      )}
    </Card>
  );
}

const actionsLabel = (trigger: TriggerDto) =>
  trigger.actions.length === 1 ? "1 action" : `${trigger.actions.length} actions`;

function LastEvent({ trigger }: { trigger: TriggerDto }) {
  if (!trigger.lastEventAt) return <span className="text-slate-500">No requests yet</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <RelativeTime value={trigger.lastEventAt} />
      <HttpStatusBadge status={trigger.lastResponseStatus} />
    </span>
  );
}
