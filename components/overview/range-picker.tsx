"use client";
import { OVERVIEW_RANGES, type OverviewRange } from "@/lib/overview/schema";
import { cn } from "../ui/cn";

const labels: Record<OverviewRange, string> = { "1h": "1 h", "24h": "24 h", "7d": "7 d", "30d": "30 d" };

export function RangePicker({ value, onChange }: { value: OverviewRange; onChange: (range: OverviewRange) => void }) {
  return (
    <div
      role="radiogroup"
      aria-label="Time range"
      className="inline-flex rounded-md shadow-sm ring-1 ring-slate-300 ring-inset"
    >
      {OVERVIEW_RANGES.map((range) => (
        <button
          key={range}
          type="button"
          role="radio"
          aria-checked={range === value}
          onClick={() => onChange(range)}
          className={cn(
            "h-9 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
            range === value ? "bg-indigo-600 text-white" : "bg-surface text-slate-700 hover:bg-slate-50",
          )}
        >
          {labels[range]}
        </button>
      ))}
    </div>
  );
}
