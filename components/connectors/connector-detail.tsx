"use client";
import { PageHeader } from "../shell/page-header";
import { useCanWrite } from "../shell/viewer-context";
import { Badge } from "../ui/badge";
import { Tabs } from "../ui/tabs";
import { ConnectorActions } from "./connector-actions";
import { ConnectorOverview } from "./connector-overview";
import { EventsPanel } from "./events-panel";
import { ExecutePanel } from "./execute-panel";
import { HistoryPanel } from "./history-panel";
import { PreviewPanel } from "./preview-panel";
import { useConnector } from "./use-connector";
import { ResourceState } from "../ui/resource-state";
import { BackLink } from "../ui/back-link";

export function ConnectorDetail({ id }: { id: string }) {
  const connector = useConnector(id);
  const canWrite = useCanWrite();

  if (!connector.data)
    return <ResourceState query={connector} noun="connector" back={{ href: "/connectors", label: "connectors" }} />;

  const data = connector.data;
  return (
    <>
      <BackLink href="/connectors">Connectors</BackLink>
      <PageHeader
        title={data.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {data.enabled ? <Badge tone="green">Enabled</Badge> : <Badge>Disabled</Badge>}
            {data.description}
          </span>
        }
        actions={canWrite && <ConnectorActions connector={data} />}
      />
      <Tabs
        label="Connector"
        urlParam="tab"
        items={[
          { id: "overview", label: "Overview", content: <ConnectorOverview connector={data} canWrite={canWrite} /> },
          { id: "execute", label: "Execute", content: <ExecutePanel connectorId={data.id} canRun={canWrite} /> },
          ...(canWrite ? [{ id: "preview", label: "Preview", content: <PreviewPanel connectorId={data.id} /> }] : []),
          { id: "history", label: "History", content: <HistoryPanel connectorId={data.id} /> },
          { id: "events", label: "Events", content: <EventsPanel connectorId={data.id} canWrite={canWrite} /> },
        ]}
      />
    </>
  );
}
