"use client";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { EndpointCard } from "./endpoint-card";
import { RecentEventsCard } from "./recent-events-card";
import { ResponsesCard } from "./responses-card";
import { SettingsCard } from "./settings-card";
import { TestTriggerPanel } from "./test-trigger-panel";
import { TriggerActions } from "./trigger-actions";
import { TriggerStateBadge } from "./trigger-state-badge";
import { useTrigger } from "./use-trigger";
import { ResourceState } from "../ui/resource-state";
import { BackLink } from "../ui/back-link";

export function TriggerDetail({ id }: { id: string }) {
  const trigger = useTrigger(id);
  const canWrite = useCanWrite();

  if (!trigger.data)
    return <ResourceState query={trigger} noun="trigger" back={{ href: "/triggers", label: "triggers" }} />;

  const data = trigger.data;
  return (
    <>
      <BackLink href="/triggers">Triggers</BackLink>
      <PageHeader
        title={data.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <TriggerStateBadge enabled={data.enabled} />
            <code className="font-mono text-xs">{data.slug}</code>
          </span>
        }
        actions={canWrite && <TriggerActions trigger={data} />}
      />
      <div className="space-y-6">
        <EndpointCard trigger={data} canWrite={canWrite} />
        <TestTriggerPanel trigger={data} canRun={canWrite} />
        <RecentEventsCard triggerId={data.id} />
        <SettingsCard trigger={data} />
        <ResponsesCard trigger={data} />
      </div>
    </>
  );
}
