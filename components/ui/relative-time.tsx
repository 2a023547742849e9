"use client";
// "3 min ago" with the exact date and time zone in the tooltip; rendered in the browser only, where the data is fetched.
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
    <time dateTime={value} title={formatDateWithZone(value)}>
      {formatRelative(value)}
    </time>
  );
}
