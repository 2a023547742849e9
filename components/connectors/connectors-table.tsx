import Link from "next/link";
import { Badge } from "../ui/badge";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { authTypeLabels } from "./labels";
import { LastResult } from "./last-result";
import type { ConnectorDto } from "./types";

/** Wide screens: a table. Phones: one card per connector, since six columns cannot fit 390 px. */
export function ConnectorsTable({ connectors }: { connectors: ConnectorDto[] }) {
  return (
    <>
      <ul className="divide-y divide-slate-100 sm:hidden">
        {connectors.map((connector) => (
          <li key={connector.id} data-testid="connector-card" className="space-y-1.5 px-5 py-3">
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
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table>
          <THead>
            <Th>Name</Th>
            <Th>Request</Th>
            <Th>State</Th>
            <Th>Last result</Th>
          </THead>
          <TBody>
            {connectors.map((connector) => (
              <tr key={connector.id} data-testid="connector-row">
                <Td className="max-w-52">
                  <Link href={`/connectors/${connector.id}`} className="block truncate font-medium text-indigo-700 hover:text-indigo-900 hover:underline">
                    {connector.name}
                  </Link>
                  {connector.description && <p className="truncate text-xs text-slate-500">{connector.description}</p>}
                </Td>
                <Td className="max-w-72">
                  <RequestLine connector={connector} />
                  <p className="mt-0.5 text-xs text-slate-500">Auth: {authTypeLabels[connector.auth.type] ?? connector.auth.type}</p>
                </Td>
                <Td>
                  <EnabledBadge connector={connector} />
                </Td>
                <Td className="max-w-64">
                  <LastResult connector={connector} />
                  <LastError connector={connector} />
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </div>
    </>
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
  if (!connector.lastError) return null;
  return (
    <span className="mt-0.5 block truncate text-xs text-red-700" title={connector.lastError.message}>
      {connector.lastError.message}
    </span>
  );
}
