"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Overview } from "@/lib/overview/schema";
import { ChartCard } from "./chart-card";
import {
  axisTick,
  chartGridStroke,
  legendFormatter,
  tooltipContentStyle,
  tooltipCursor,
  tooltipLabelStyle,
} from "./chart-theme";
import { chartEmptyMessages } from "./chart-empty";
import { formatBucket, formatCount } from "./format";

const outcomes = [
  { key: "succeeded", label: "Succeeded", color: "#10b981" },
  { key: "failed", label: "Failed, retrying", color: "#f59e0b" },
  { key: "dead", label: "Dead", color: "var(--chart-dead)" },
  { key: "pending", label: "Pending", color: "var(--chart-pending)" },
  { key: "cancelled", label: "Cancelled", color: "var(--chart-cancelled)" },
] as const;

export function DeliveriesChart({ overview }: { overview: Overview }) {
  const data = overview.series.map((point) => ({ ...point, label: formatBucket(point.at, overview.bucketMs) }));
  const totals = outcomes.map(({ key, label }) => `${label}: ${formatCount(overview.tiles[key])}`).join(", ");
  return (
    <ChartCard
      empty={chartEmptyMessages.deliveries(overview)}
      title="Deliveries"
      description="Outcomes per interval, stacked"
      summary={`Deliveries in the range — ${totals}.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke={chartGridStroke} />
          <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={false} minTickGap={24} />
          <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} />
          <Tooltip cursor={tooltipCursor} contentStyle={tooltipContentStyle} labelStyle={tooltipLabelStyle} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendFormatter} />
          {outcomes.map(({ key, label, color }) => (
            <Bar key={key} dataKey={key} name={label} stackId="outcome" fill={color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
