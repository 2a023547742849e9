"use client";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { scrollRegionProps } from "./use-overflows";
import { useScrollEdges } from "./use-scroll-edges";

/** The columns fade out on each side that hides more of them, as tab rows do: a phone shows no scrollbar, and a
 *  column cut at the card's edge otherwise reads as the end of the table. A mask, so it suits any background. */
const fades = {
  none: "",
  start: "[mask-image:linear-gradient(to_right,transparent,black_2.5rem)]",
  end: "[mask-image:linear-gradient(to_left,transparent,black_2.5rem)]",
  both: "[mask-image:linear-gradient(to_right,transparent,black_2.5rem,black_calc(100%_-_2.5rem),transparent)]",
} as const;

/**
 * Scrolls sideways on narrow screens instead of squeezing columns. `relative` keeps screen-reader-only text in
 * cells (absolutely positioned) inside the scroller, or it would widen the whole page on phones. `label` names the
 * scroller for keyboard and screen-reader users while it scrolls (what the rows are: "Connectors").
 */
export function Table({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  const { ref, hidden } = useScrollEdges<HTMLDivElement>();
  const fade = hidden.start && hidden.end ? "both" : hidden.start ? "start" : hidden.end ? "end" : "none";
  return (
    <div
      ref={ref}
      {...scrollRegionProps(hidden.start || hidden.end, label)}
      className={cn(
        "relative overflow-x-auto focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
        fades[fade],
      )}
    >
      <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)}>{children}</table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn(
        "px-5 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase",
        className,
      )}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-5 py-3 whitespace-nowrap text-slate-700", className)} {...props} />;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-100 bg-surface">{children}</tbody>;
}

export function THead({ children }: { children: ReactNode }) {
  return (
    <thead className="bg-slate-50">
      <tr>{children}</tr>
    </thead>
  );
}
