"use client";
import Link from "next/link";
import { formatRelative, formatShortTimestamp, formatTimestamp } from "../ui/format-timestamp";
import { Table, TBody, Td, Th, THead } from "../ui/table";
import type { DeliveryRow } from "../event-log/deliveries-api";
import { deliveryKindLabels } from "./delivery-status";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { LinkRow } from "../ui/link-row";

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

/** The event type, with the kind under it when the call did not come from a published event. */
function DeliveryLabel({ delivery }: { delivery: DeliveryRow }) {
  return (
    <span className="flex flex-col">
      {delivery.event?.type ? (
        <span className="font-mono text-xs">{delivery.event.type}</span>
      ) : delivery.event?.trigger ? (
        <span>{delivery.event.trigger.name}</span>
      ) : (
        <span className="text-slate-400">No event type</span>
      )}
      {delivery.kind !== "event" && <span className="text-xs text-slate-500">{deliveryKindLabels[delivery.kind]}</span>}
    </span>
  );
}

function NextAttempt({ delivery }: { delivery: DeliveryRow }) {
  return delivery.nextAttemptAt && (delivery.status === "pending" || delivery.status === "failed") ? (
    <span title={formatTimestamp(delivery.nextAttemptAt)}>{formatRelative(delivery.nextAttemptAt)}</span>
  ) : (
    <span className="text-slate-400">—</span>
  );
}

/** Phones: one card per delivery instead of a table that scrolls sideways. */
function DeliveryCards({ rows, showEvent }: { rows: DeliveryRow[]; showEvent: boolean }) {
  return (
    <ul className="divide-y divide-slate-100 sm:hidden">
      {rows.map((delivery) => (
        <li key={delivery.id} data-testid="delivery-card">
          <Link href={`/deliveries/${delivery.id}`} className="block space-y-1.5 px-5 py-3 hover:bg-slate-50">
            <span className="flex items-center justify-between gap-3">
              <span className="truncate text-sm font-medium text-slate-900">{delivery.connector.name}</span>
              <DeliveryStatusBadge status={delivery.status} />
            </span>
            {showEvent && <DeliveryLabel delivery={delivery} />}
            <span className="flex flex-wrap gap-x-3 text-xs text-slate-500">
              <span>{formatShortTimestamp(delivery.createdAt)}</span>
              <span>
                {delivery.attemptCount}/{delivery.maxAttempts} attempts
              </span>
              <LastResult delivery={delivery} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function DeliveriesTable({ rows, showEvent = true }: { rows: DeliveryRow[]; showEvent?: boolean }) {
  return (
    <>
      <DeliveryCards rows={rows} showEvent={showEvent} />
      <div className="max-sm:hidden">
        <Table>
          <THead>
            <Th>Time</Th>
            {showEvent && <Th>Event type</Th>}
            <Th>Connector</Th>
            <Th>Status</Th>
            <Th className="text-right">Attempts</Th>
            <Th>Last result</Th>
            <Th>Next attempt</Th>
          </THead>
          <TBody>
            {rows.map((delivery) => (
              <LinkRow key={delivery.id} href={`/deliveries/${delivery.id}`} testId="delivery-row">
                <Td>
                  <Link href={`/deliveries/${delivery.id}`} className="font-medium text-indigo-700 hover:underline" title={formatTimestamp(delivery.createdAt)}>
                    {formatShortTimestamp(delivery.createdAt)}
                  </Link>
                </Td>
                {showEvent && (
                  <Td>
                    <DeliveryLabel delivery={delivery} />
                  </Td>
                )}
                <Td className="max-w-48 truncate" title={delivery.connector.url}>
                  {delivery.connector.name}
                </Td>
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
                  <NextAttempt delivery={delivery} />
                </Td>
              </LinkRow>
            ))}
          </TBody>
        </Table>
      </div>
    </>
  );
}
