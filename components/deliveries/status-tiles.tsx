"use client";
// Live counts per status for the current filters; each tile also filters the list to its status.
import { cn } from "../ui/cn";
import {
  DELIVERY_COUNT_CAP,
  DELIVERY_STATUSES,
  type DeliveryCounts,
  type DeliveryStatus,
} from "../event-log/deliveries-api";
import { deliveryStatusInfo } from "./delivery-status";

const dots: Record<DeliveryStatus, string> = {
  pending: "bg-slate-400",
  in_flight: "bg-indigo-500",
  succeeded: "bg-emerald-500",
  failed: "bg-amber-500",
  dead: "bg-red-500",
  cancelled: "bg-slate-300",
  template_error: "bg-fuchsia-500",
};

interface StatusTilesProps {
  counts: DeliveryCounts | undefined;
  selected: DeliveryStatus | undefined;
  onSelect: (status: DeliveryStatus | undefined) => void;
}

export function StatusTiles({ counts, selected, onSelect }: StatusTilesProps) {
  return (
    <div
      role="group"
      aria-label="Deliveries by status"
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7"
    >
      {DELIVERY_STATUSES.map((status) => {
        const info = deliveryStatusInfo[status];
        const active = selected === status;
        return (
          <button
            key={status}
            type="button"
            aria-pressed={active}
            data-testid={`status-tile-${status}`}
            onClick={() => onSelect(active ? undefined : status)}
            className={cn(
              // Top-aligned: a tile whose hint wraps (Template error) keeps its label level with the others.
              "flex flex-col justify-start rounded-lg bg-surface px-4 py-3 text-left shadow-sm ring-1 transition-colors",
              "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
              active ? "ring-2 ring-indigo-600" : "ring-slate-200 hover:ring-slate-300",
            )}
          >
            <span className="flex items-center gap-2 text-xs font-medium text-slate-600">
              <span aria-hidden className={cn("size-2 rounded-full", dots[status])} />
              {info.label}
            </span>
            <span className="mt-1 block text-2xl font-semibold text-slate-900 tabular-nums" data-testid="status-count">
              {counts
                ? counts[status] > DELIVERY_COUNT_CAP
                  ? `${DELIVERY_COUNT_CAP.toLocaleString()}+`
                  : counts[status].toLocaleString()
                : "–"}
            </span>
            <span className="block text-xs text-slate-500">{info.hint}</span>
          </button>
        );
      })}
    </div>
  );
}
