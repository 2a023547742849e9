import type { Overview } from "@/lib/overview/schema";
import { cn } from "../ui/cn";
import { formatCount, formatLatency, formatRate } from "./format";

interface Tile {
  label: string;
  value: string;
  hint?: string;
  tone?: "red" | "amber" | "green";
}

const toneClasses = { red: "text-red-700", amber: "text-amber-700", green: "text-emerald-700" };

export function StatTiles({ tiles }: { tiles: Overview["tiles"] }) {
  const attention = tiles.connectorsNeedingAttention + tiles.triggersNeedingAttention;
  const items: Tile[] = [
    { label: "Events received", value: formatCount(tiles.eventsReceived) },
    { label: "Succeeded", value: formatCount(tiles.succeeded), tone: "green" },
    { label: "Failed, retrying", value: formatCount(tiles.failed), tone: tiles.failed ? "amber" : undefined },
    { label: "Pending", value: formatCount(tiles.pending) },
    { label: "Dead", value: formatCount(tiles.dead), tone: tiles.dead ? "red" : undefined },
    {
      label: "Success rate",
      value: formatRate(tiles.successRate),
      tone:
        tiles.successRate === null
          ? undefined
          : tiles.successRate >= 0.99
            ? "green"
            : tiles.successRate >= 0.9
              ? "amber"
              : "red",
    },
    {
      label: "Latency p50 / p95",
      value: `${formatLatency(tiles.latencyP50Ms)} / ${formatLatency(tiles.latencyP95Ms)}`,
      hint: "Queued to delivered",
    },
    {
      label: "Need attention",
      value: formatCount(attention),
      hint: `${tiles.connectorsNeedingAttention} connectors, ${tiles.triggersNeedingAttention} triggers`,
      tone: attention ? "red" : undefined,
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg bg-surface px-4 py-3 shadow-sm ring-1 ring-slate-200">
          <dt className="truncate text-xs font-medium text-slate-500">{item.label}</dt>
          <dd
            className={cn(
              "mt-1 text-xl font-semibold tracking-tight text-slate-900 tabular-nums sm:text-2xl",
              item.tone && toneClasses[item.tone],
            )}
          >
            {item.value}
          </dd>
          {item.hint && <dd className="mt-0.5 text-xs text-slate-500">{item.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
