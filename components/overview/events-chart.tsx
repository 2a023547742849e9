"use client";
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Overview } from "@/lib/overview/schema";
import { ChartCard } from "./chart-card";
import { axisTick, chartGridStroke, legendFormatter, tooltipContentStyle, tooltipLabelStyle } from "./chart-theme";
import { chartEmptyMessages } from "./chart-empty";
import { formatBucket, formatCount } from "./format";

const palette = ["#6366f1", "#0ea5e9", "#14b8a6", "#a855f7", "#f97316", "#84cc16", "#ec4899", "#64748b"];

export function EventsChart({ overview }: { overview: Overview }) {
  const { origins, points } = overview.eventSeries;
  const data = points.map((point) => ({ label: formatBucket(point.at, overview.bucketMs), ...point.counts }));
  return (
    <ChartCard
      empty={chartEmptyMessages.events(overview)}
      title="Inbound events"
      description="Events received per interval, by trigger or source"
      summary={`${formatCount(overview.tiles.eventsReceived)} events received from ${origins.map((origin) => origin.label).join(", ") || "no source"}.`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke={chartGridStroke} />
          <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={false} minTickGap={24} />
          <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} />
          <Tooltip contentStyle={tooltipContentStyle} labelStyle={tooltipLabelStyle} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} formatter={legendFormatter} />
          {origins.map((origin, index) => (
            <Area
              key={origin.key}
              dataKey={(row: Record<string, number>) => row[origin.key] ?? 0}
              name={origin.label}
              stackId="events"
              type="monotone"
              stroke={palette[index % palette.length]}
              fill={palette[index % palette.length]}
              fillOpacity={0.25}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
