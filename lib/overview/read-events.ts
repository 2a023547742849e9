// Events received per chart bucket and origin (a trigger, or the API, app webhooks, tests), from the hourly rollup
// before the watermark and from the rows after it.
import type pg from "pg";
import { eventOriginSql, type Watermarks } from "./rollup";
import type { TimeWindow } from "./time-window";

export interface EventCell {
  slot: number;
  origin: string;
  count: number;
}

export async function readEventCounts(
  client: pg.Pool,
  workspaceId: string,
  window: TimeWindow,
  marks: Watermarks | null,
) {
  const rolledUntil = marks?.[1] ?? null;
  const rawFrom = rolledUntil && rolledUntil > window.from ? rolledUntil : window.from;
  const slot = (column: string) => `floor(date_part('epoch', ${column} - $2::timestamptz) * 1000 / $4)::int`;
  const raw = `SELECT ${slot('e."receivedAt"')} AS slot, ${eventOriginSql} AS origin, count(*)::int AS count
               FROM "Event" e WHERE e."workspaceId" = $1 AND e."receivedAt" >= $5::timestamptz AND e."receivedAt" <= $3
               GROUP BY 1, 2`;
  const rollup = `SELECT ${slot("h.hour")} AS slot, h.origin, sum(h.count)::int AS count FROM "EventHourly" h
                  WHERE h."workspaceId" = $1 AND h.hour >= $2 AND h.hour < $5 GROUP BY 1, 2`;
  const { rows } = await client.query<EventCell>(rawFrom > window.from ? `${rollup} UNION ALL ${raw}` : raw, [
    workspaceId,
    window.from,
    window.to,
    window.bucketMs,
    rawFrom,
  ]);
  return rows;
}

const sourceLabels: Record<string, string> = {
  api: "API",
  app_webhook: "App webhooks",
  test: "Tests",
  trigger: "Deleted triggers",
};

export function originLabel(origin: string, triggerNames: Map<string, string>): string {
  if (origin.startsWith("trigger:")) return triggerNames.get(origin.slice("trigger:".length)) ?? "Deleted trigger";
  return sourceLabels[origin] ?? origin;
}
