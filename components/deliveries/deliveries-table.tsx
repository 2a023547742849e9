"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { formatRelative, formatShortTimestamp, formatTimestamp } from "../ui/format-timestamp";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import type { DeliveryRow } from "./api-client";
import { deliveryKindLabels } from "./delivery-status";
import { DeliveryStatusBadge } from "./delivery-status-badge";

/** The last answer in a few characters: the HTTP status, or the error code when there was no answer. */
export function LastResult({ delivery }: { delivery: Pick<DeliveryRow, "lastStatus" | "lastErrorCode" | "lastErrorMessage"> }) {
  if (delivery.lastStatus !== null) {
    const ok = delivery.lastStatus >= 200 && delivery.lastStatus < 300;
    return <span className={ok ? "font-mono text-emerald-700" : "font-mono text-red-700"}>{delivery.lastStatus}</span>;
  }
  if (delivery.lastErrorCode) {
    return (
      <span className="font-mono text-red-700" title={delivery.lastErrorMessage ?? undefined}>
        {delivery.lastErrorCode}
      </span>
    );
  }
  return <span className="text-slate-400">—</span>;
}

export function DeliveriesTable({ rows, showEvent = true }: { rows: DeliveryRow[]; showEvent?: boolean }) {
  const router = useRouter();
  return (
    <Table>
      <THead>
        <Th>Time</Th>
        {showEvent && <Th>Event type</Th>}
        <Th>Connector</Th>
        <Th>Kind</Th>
        <Th>Status</Th>
        <Th className="text-right">Attempts</Th>
        <Th>Last result</Th>
        <Th>Next attempt</Th>
      </THead>
      <TBody>
        {rows.map((delivery) => (
          <tr
            key={delivery.id}
            data-testid="delivery-row"
            // The time cell holds the real link (keyboard, new tab); the rest of the row is a convenience for mice.
            onClick={(event) => {
              if (!(event.target as HTMLElement).closest("a")) router.push(`/deliveries/${delivery.id}`);
            }}
            className="cursor-pointer hover:bg-slate-50"
          >
            <Td>
              <Link href={`/deliveries/${delivery.id}`} className="font-medium text-indigo-700 hover:underline" title={formatTimestamp(delivery.createdAt)}>
                {formatShortTimestamp(delivery.createdAt)}
              </Link>
            </Td>
            {showEvent && <Td className="font-mono text-xs">{delivery.event?.type ?? <span className="font-sans text-slate-400">—</span>}</Td>}
            <Td className="max-w-48 truncate" title={delivery.connector.url}>
              {delivery.connector.name}
            </Td>
            <Td>{deliveryKindLabels[delivery.kind]}</Td>
            <Td>
              <DeliveryStatusBadge status={delivery.status} />
            </Td>
            <Td className="text-right tabular-nums">
              {delivery.attemptCount}/{delivery.maxAttempts}
            </Td>
            <Td>
              <LastResult delivery={delivery} />
            </Td>
            <Td>
              {delivery.nextAttemptAt && (delivery.status === "pending" || delivery.status === "failed") ? (
                <span title={formatTimestamp(delivery.nextAttemptAt)}>{formatRelative(delivery.nextAttemptAt)}</span>
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
