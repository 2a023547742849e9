import Link from "next/link";
import { Badge } from "../ui/badge";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { authTypeLabels } from "./labels";
import { LastResult } from "./last-result";
import type { ConnectorDto } from "./types";

export function ConnectorsTable({ connectors }: { connectors: ConnectorDto[] }) {
  return (
    <Table>
      <THead>
        <Th>Name</Th>
        <Th>Request</Th>
        <Th>Auth</Th>
        <Th>State</Th>
        <Th>Last result</Th>
        <Th>Last error</Th>
      </THead>
      <TBody>
        {connectors.map((connector) => (
          <tr key={connector.id} data-testid="connector-row">
            <Td className="max-w-56">
              <Link href={`/connectors/${connector.id}`} className="block truncate font-medium text-indigo-700 hover:text-indigo-900 hover:underline">
                {connector.name}
              </Link>
              {connector.description && <p className="truncate text-xs text-slate-500">{connector.description}</p>}
            </Td>
            <Td className="max-w-80">
              <span className="flex items-center gap-2">
                <Badge className="font-mono">{connector.method}</Badge>
                <span className="truncate font-mono text-xs" title={connector.url}>
                  {connector.url}
                </span>
              </span>
            </Td>
            <Td>{authTypeLabels[connector.auth.type] ?? connector.auth.type}</Td>
            <Td>
              {connector.enabled ? (
                <Badge tone="green">Enabled</Badge>
              ) : (
                <span title={connector.disabledReason ?? undefined}>
                  <Badge>Disabled</Badge>
                </span>
              )}
            </Td>
            <Td>
              <LastResult connector={connector} />
            </Td>
            <Td className="max-w-64">
              {connector.lastError ? (
                <span className="block truncate text-xs text-red-700" title={connector.lastError.message}>
                  {connector.lastError.message}
                </span>
              ) : (
                <span className="text-slate-400">—</span>
              )}
            </Td>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
