"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Overview } from "@/lib/overview/schema";
import { ChartCard } from "./chart-card";
import { axisTick, chartGridStroke, legendFormatter, tooltipContentStyle, tooltipLabelStyle } from "./chart-theme";
import { chartEmptyMessages } from "./chart-empty";
import { formatBucket, formatLatency } from "./format";

export function LatencyChart({ overview }: { overview: Overview }) {
  const data = overview.series.map((point) => ({ ...point, label: formatBucket(point.at, overview.bucketMs) }));
  // A line needs two points: while only one interval has a latency, draw the points themselves.
  const measured = data.filter((point) => point.latencyP50Ms !== null && point.latencyP50Ms !== undefined).length;
  const dot = measured < 2 ? { r: 3 } : false;
  return (
    <ChartCard
      empty={chartEmptyMessages.latency(overview)}
      title="Delivery latency"
      description="From queued to delivered (retries included), p50 and p95"
      summary={`Latency over the range: p50 ${formatLatency(overview.tiles.latencyP50Ms)}, p95 ${formatLatency(overview.tiles.latencyP95Ms)}.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid vertical={false} stroke={chartGridStroke} />
          <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={false} minTickGap={24} />
          <YAxis
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            tickFormatter={(value: number) => formatLatency(value)}
            width={64}
          />
          <Tooltip
            contentStyle={tooltipContentStyle}
            labelStyle={tooltipLabelStyle}
            formatter={(value) => formatLatency(typeof value === "number" ? value : null)}
          />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendFormatter} />
          <Line
            type="monotone"
            dataKey="latencyP50Ms"
            name="p50"
            stroke="#6366f1"
            strokeWidth={2}
            dot={dot}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="latencyP95Ms"
            name="p95"
            stroke="#f43f5e"
            strokeWidth={2}
            dot={dot}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
