"use client";
// The deliveries list's rows (the Deliveries page and an event's page): when, event, connector, status, attempts.
import Link from "next/link";
import { formatShortTimestamp, formatTimestamp } from "../ui/format-timestamp";
import { RelativeTime } from "../ui/relative-time";
import { ResponsiveList, type ResponsiveListProps } from "../ui/responsive-list";
import { TextExcerpt } from "../ui/text-excerpt";
import type { DeliveryRow } from "../event-log/deliveries-api";
import { deliveryKindLabels } from "./delivery-status";
import { DeliveryStatusBadge } from "./delivery-status-badge";

/** The last answer in a few characters: the HTTP status, or the error code when there was no answer. */
export function LastResult({
  delivery,
}: {
  delivery: Pick<DeliveryRow, "lastStatus" | "lastErrorCode" | "lastErrorMessage">;
}) {
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
  return <span className="text-slate-500">—</span>;
}

/** The event type, with the kind under it when the call did not come from a published event. */
function DeliveryLabel({ delivery }: { delivery: DeliveryRow }) {
  return (
    <span className="flex flex-col">
      {delivery.event?.type ? (
        <span className="font-mono text-xs">{delivery.event.type}</span>
      ) : delivery.event?.trigger ? (
        // text-sm as in the table: in a phone card it inherited the card's larger text, above the connector's name.
        <span className="text-sm">{delivery.event.trigger.name}</span>
      ) : (
        <span className="text-slate-500">No event type</span>
      )}
      {delivery.kind !== "event" && <span className="text-xs text-slate-500">{deliveryKindLabels[delivery.kind]}</span>}
      <TextExcerpt text={delivery.excerpt} />
    </span>
  );
}

function NextAttempt({ delivery }: { delivery: DeliveryRow }) {
  return delivery.nextAttemptAt && (delivery.status === "pending" || delivery.status === "failed") ? (
    <RelativeTime value={delivery.nextAttemptAt} />
  ) : (
    <span className="text-slate-500">—</span>
  );
}

/**
 * Phones: one card per delivery instead of a table that scrolls sideways; each card and row opens the delivery,
 * unless `selection` makes the rows select (the inspector layout's preview pane).
 */
export function DeliveriesTable({
  rows,
  showEvent = true,
  selection,
}: {
  rows: DeliveryRow[];
  showEvent?: boolean;
  selection?: ResponsiveListProps<DeliveryRow>["selection"];
}) {
  // Beside the preview pane the table is narrower: the connector shares the event's cell, the last result the
  // status's, and the next attempt is left to the pane.
  const compact = selection !== undefined;
  return (
    <ResponsiveList
      label="Deliveries"
      rows={rows}
      selection={selection}
      rowKey={(delivery) => delivery.id}
      href={(delivery) => `/deliveries/${delivery.id}`}
      cardTestId="delivery-card"
      rowTestId="delivery-row"
      card={(delivery) => (
        <>
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
        </>
      )}
      columns={[
        {
          id: "time",
          header: "Time",
          cell: (delivery) => (
            <Link
              href={`/deliveries/${delivery.id}`}
              className="font-medium text-indigo-700 hover:underline"
              title={formatTimestamp(delivery.createdAt)}
            >
              {formatShortTimestamp(delivery.createdAt)}
            </Link>
          ),
        },
        compact && {
          id: "delivery",
          header: "Connector and event",
          className: "max-w-44",
          cell: (delivery) => (
            <>
              <span className="block truncate font-medium text-slate-900" title={delivery.connector.url}>
                {delivery.connector.name}
              </span>
              {showEvent && (
                <span className="block truncate text-slate-600">
                  <DeliveryLabel delivery={delivery} />
                </span>
              )}
            </>
          ),
        },
        !compact &&
          showEvent && { id: "event", header: "Event type", cell: (delivery) => <DeliveryLabel delivery={delivery} /> },
        !compact && {
          id: "connector",
          header: "Connector",
          className: "max-w-48 truncate",
          title: (delivery) => delivery.connector.url,
          cell: (delivery) => delivery.connector.name,
        },
        {
          id: "status",
          header: "Status",
          cell: (delivery) =>
            compact ? (
              <span className="flex flex-col items-start gap-0.5">
                <DeliveryStatusBadge status={delivery.status} />
                <span className="text-xs">
                  <LastResult delivery={delivery} />
                </span>
              </span>
            ) : (
              <DeliveryStatusBadge status={delivery.status} />
            ),
        },
        {
          id: "attempts",
          header: "Attempts",
          headerClassName: "text-right",
          className: "text-right tabular-nums",
          cell: (delivery) => `${delivery.attemptCount}/${delivery.maxAttempts}`,
        },
        !compact && {
          id: "last-result",
          header: "Last result",
          cell: (delivery) => <LastResult delivery={delivery} />,
        },
        !compact && {
          id: "next-attempt",
          header: "Next attempt",
          cell: (delivery) => <NextAttempt delivery={delivery} />,
        },
      ]}
    />
  );
}
