"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { Overview } from "@/lib/overview/schema";
import { Badge } from "../ui/badge";
import { Card, CardHeader } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import { formatCount, formatLatency, formatRate } from "./format";
import { Sparkline } from "./sparkline";

export function ConnectorHealthTable({ connectors }: { connectors: Overview["connectors"] }) {
  const router = useRouter();
  return (
    <Card>
      <CardHeader
        title="Connectors"
        description="Volume, success rate and latency in the range; click a row for the connector"
      />
      {connectors.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">No connectors yet.</p>
      ) : (
        <Table label="Connector health">
          <THead>
            <Th>Connector</Th>
            <Th className="text-right">Volume</Th>
            <Th className="text-right">Success</Th>
            <Th className="text-right">p95</Th>
            <Th>Activity</Th>
            <Th>Last error</Th>
          </THead>
          <TBody>
            {connectors.map((connector) => (
              <tr
                key={connector.id}
                onClick={() => router.push(`/connectors/${connector.id}`)}
                className="cursor-pointer hover:bg-slate-50"
              >
                <Td className="min-w-44 wrap-anywhere whitespace-normal">
                  <Link
                    href={`/connectors/${connector.id}`}
                    className="font-medium text-slate-900 hover:text-indigo-700"
                    onClick={(event) => event.stopPropagation()}
                  >
                    {connector.name}
                  </Link>
                  {connector.attention && (
                    <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="connector-attention">
                      <Badge tone={connector.enabled ? "amber" : "red"}>
                        {connector.enabled ? "Needs attention" : "Disabled"}
                      </Badge>
                      <span className="text-xs text-slate-600">
                        {/* Failing is the one reason that names a time: relative, as everywhere, exact on hover. */}
                        {connector.enabled && connector.failingSince ? (
                          <>
                            Failing since <RelativeTime value={connector.failingSince} />
                          </>
                        ) : (
                          connector.attention
                        )}
                      </span>
                    </div>
                  )}
                </Td>
                <Td className="text-right tabular-nums">{formatCount(connector.volume)}</Td>
                <Td className="text-right tabular-nums">{formatRate(connector.successRate)}</Td>
                <Td className="text-right tabular-nums">{formatLatency(connector.latencyP95Ms)}</Td>
                <Td>
                  <Sparkline
                    values={connector.sparkline}
                    label={`${connector.name}: ${formatCount(connector.volume)} deliveries over the range`}
                  />
                </Td>
                <Td className="text-slate-500">
                  {/* A table cell ignores max-width, so the cap sits on a block inside it; the whole message is
                      in the tooltip and on the connector's page. */}
                  <span className="block max-w-48 truncate" title={connector.lastError?.message}>
                    {connector.lastError?.message ?? "—"}
                  </span>
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
