// The connectors list's rows: name, request, state and last result, as cards on phones and a table from sm up.
import Link from "next/link";
import { Badge } from "../ui/badge";
import { ResponsiveList } from "../ui/responsive-list";
import { authTypeLabels } from "./labels";
import { LastResult } from "./last-result";
import type { ConnectorDto } from "./types";

/** Wide screens: a table. Phones: one card per connector, since six columns cannot fit 390 px. */
export function ConnectorsTable({ connectors }: { connectors: ConnectorDto[] }) {
  return (
    <ResponsiveList
      label="Connectors"
      rows={connectors}
      rowKey={(connector) => connector.id}
      cardTestId="connector-card"
      rowTestId="connector-row"
      card={(connector) => (
        <>
          <div className="flex items-center justify-between gap-3">
            <Link href={`/connectors/${connector.id}`} className="min-w-0 truncate font-medium text-indigo-700">
              {connector.name}
            </Link>
            <EnabledBadge connector={connector} />
          </div>
          <RequestLine connector={connector} />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
            <span>{authTypeLabels[connector.auth.type] ?? connector.auth.type}</span>
            <LastResult connector={connector} />
          </div>
          <LastError connector={connector} />
        </>
      )}
      columns={[
        {
          id: "name",
          header: "Name",
          className: "max-w-52",
          cell: (connector) => (
            <>
              <Link
                href={`/connectors/${connector.id}`}
                className="block truncate font-medium text-indigo-700 hover:text-indigo-900 hover:underline"
              >
                {connector.name}
              </Link>
              {connector.description && <p className="truncate text-xs text-slate-500">{connector.description}</p>}
            </>
          ),
        },
        {
          id: "request",
          header: "Request",
          className: "max-w-72",
          cell: (connector) => (
            <>
              <RequestLine connector={connector} />
              <p className="mt-0.5 text-xs text-slate-500">
                Auth: {authTypeLabels[connector.auth.type] ?? connector.auth.type}
              </p>
            </>
          ),
        },
        { id: "state", header: "State", cell: (connector) => <EnabledBadge connector={connector} /> },
        {
          id: "last-result",
          header: "Last result",
          className: "max-w-64",
          cell: (connector) => (
            <>
              <LastResult connector={connector} />
              <LastError connector={connector} />
            </>
          ),
        },
      ]}
    />
  );
}

function RequestLine({ connector }: { connector: ConnectorDto }) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <Badge className="font-mono">{connector.method}</Badge>
      <span className="truncate font-mono text-xs" title={connector.url}>
        {connector.url}
      </span>
    </span>
  );
}

function EnabledBadge({ connector }: { connector: ConnectorDto }) {
  if (connector.enabled) return <Badge tone="green">Enabled</Badge>;
  return (
    <span title={connector.disabledReason ?? undefined}>
      <Badge>Disabled</Badge>
    </span>
  );
}

function LastError({ connector }: { connector: ConnectorDto }) {
  // An error a later success has superseded is history (the connector's page and History keep it): in red under a
  // 200 it read as the current state.
  if (!connector.lastError) return null;
  if (connector.lastSuccessAt && connector.lastSuccessAt > connector.lastError.date) return null;
  return (
    <span className="mt-0.5 block truncate text-xs text-red-700" title={connector.lastError.message}>
      {connector.lastError.message}
    </span>
  );
}
