"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Overview } from "@/lib/overview/schema";
import { ChartCard } from "./chart-card";
import { chartEmptyMessages } from "./chart-empty";
import { formatBucket, formatCount } from "./format";

const outcomes = [
  { key: "succeeded", label: "Succeeded", color: "#10b981" },
  { key: "failed", label: "Failed, retrying", color: "#f59e0b" },
  { key: "dead", label: "Dead", color: "#dc2626" },
  { key: "pending", label: "Pending", color: "#94a3b8" },
  { key: "cancelled", label: "Cancelled", color: "#cbd5e1" },
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
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11, fill: "#64748b" }}
            tickLine={false}
            axisLine={false}
            minTickGap={24}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          {outcomes.map(({ key, label, color }) => (
            <Bar key={key} dataKey={key} name={label} stackId="outcome" fill={color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
