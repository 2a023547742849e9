// What the three Overview charts share: colours are CSS variables (app/globals.css), so the SVG follows the light
// and dark schemes without a re-render, and recharts' own tooltip, drawn white by default, follows them too.
import type { CSSProperties } from "react";

export const chartGridStroke = "var(--chart-grid)";
export const axisTick = { fontSize: 11, fill: "var(--chart-tick)" };
export const tooltipCursor = { fill: "var(--chart-cursor)" };
export const tooltipContentStyle: CSSProperties = {
  backgroundColor: "var(--color-surface)",
  border: "1px solid var(--chart-grid)",
  borderRadius: 6,
  color: "var(--color-slate-900)",
  fontSize: 12,
};
export const tooltipLabelStyle: CSSProperties = { color: "var(--color-slate-900)", fontWeight: 500 };
/** Legend labels in the axis colour: the dot beside each carries the series colour (pale ones would be unreadable). */
export const legendFormatter = (value: string) => <span style={{ color: "var(--chart-tick)" }}>{value}</span>;
