import type { ReactNode } from "react";
import { Card, CardHeader } from "../ui/card";

/** A titled chart; `summary` is the chart's gist for screen readers, which cannot read an SVG plot. */
export function ChartCard({
  title,
  description,
  summary,
  empty,
  children,
}: {
  title: string;
  description: string;
  summary: string;
  /** Set when there is nothing to plot: shown instead of bare axes. */
  empty?: string | null;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <figure className="px-2 py-4 sm:px-4">
        {empty ? (
          <div data-testid="chart-empty" className="flex h-60 w-full items-center justify-center px-4 text-center">
            <p className="text-sm text-slate-500">{empty}</p>
          </div>
        ) : (
          <div aria-hidden className="h-60 w-full">
            {children}
          </div>
        )}
        <figcaption className="sr-only">{summary}</figcaption>
      </figure>
    </Card>
  );
}
