"use client";
// "3 min ago" with the exact date and time zone in the tooltip.
import { formatDate, formatDateWithZone } from "./format-date";

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
  ["month", 12],
  ["year", Infinity],
];

export function formatRelative(value: string, now = Date.now()): string {
  let amount = (new Date(value).getTime() - now) / 1000;
  for (const [unit, size] of steps) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatDate(value);
}

export function RelativeTime({ value, empty = "Never" }: { value: string | null | undefined; empty?: string }) {
  if (!value) return <span className="text-slate-500">{empty}</span>;
  return (
    // A page rendered on the server (the overview's first figures) says "3 minutes ago" by the server's clock,
    // locale and zone; the browser's next render corrects it, so a difference at hydration is expected.
    <time dateTime={value} title={formatDateWithZone(value)} suppressHydrationWarning>
      {formatRelative(value)}
    </time>
  );
}
