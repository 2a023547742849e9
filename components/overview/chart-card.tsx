import type { ReactNode } from "react";
import { Card, CardHeader } from "../ui/card";

/** A titled chart; `summary` is the chart's gist for screen readers, which cannot read an SVG plot. */
export function ChartCard({
  title,
  description,
  summary,
  children,
}: {
  title: string;
  description: string;
  summary: string;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader title={title} description={description} />
      <figure className="px-2 py-4 sm:px-4">
        <div aria-hidden className="h-60 w-full">
          {children}
        </div>
        <figcaption className="sr-only">{summary}</figcaption>
      </figure>
    </Card>
  );
}
