"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { OVERVIEW_RANGES, type Overview, type OverviewRange } from "@/lib/overview/schema";
import { useCanWrite } from "../shell/viewer-context";
import { Badge } from "../ui/badge";
import { Card, CardHeader } from "../ui/card";
import { RelativeTime } from "../ui/relative-time";
import { ConnectorHealthTable } from "./connector-health-table";
import { DeliveriesChart } from "./deliveries-chart";
import { EventsChart } from "./events-chart";
import { GettingStarted } from "./getting-started";
import { LatencyChart } from "./latency-chart";
import { OverviewLoading } from "./overview-loading";
import { RangePicker } from "./range-picker";
import { RecentFailures } from "./recent-failures";
import { StatTiles } from "./stat-tiles";
import { useOverview } from "./use-overview";

/** `initial`: the figures the page read on the server for the range in its URL, shown until the API answers. */
export function OverviewDashboard({ initial }: { initial?: Overview }) {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requested = searchParams?.get("range");
  const range: OverviewRange = OVERVIEW_RANGES.includes(requested as OverviewRange)
    ? (requested as OverviewRange)
    : "24h";
  const overview = useOverview(range, initial);
  const canWrite = useCanWrite();
  const setRange = (next: OverviewRange) => router.replace(`${pathname}?range=${next}`, { scroll: false });

  const data = overview.data;
  const empty = data && data.connectors.length === 0 && data.tiles.eventsReceived === 0;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RangePicker value={range} onChange={setRange} />
        <p className="text-xs text-slate-500" aria-live="polite">
          {overview.isError ? (
            "Could not refresh: showing the last figures"
          ) : overview.dataUpdatedAt ? (
            <>
              Live · updated <RelativeTime value={new Date(overview.dataUpdatedAt).toISOString()} />
            </>
          ) : (
            "Loading…"
          )}
        </p>
      </div>
      {!data ? (
        <OverviewLoading />
      ) : (
        <>
          {empty && <GettingStarted />}
          <StatTiles tiles={data.tiles} />
          <div className="grid gap-6 xl:grid-cols-2">
            <DeliveriesChart overview={data} />
            <LatencyChart overview={data} />
          </div>
          <EventsChart overview={data} />
          {/* Side by side only where two thirds hold the connectors table whole: at 1440 px two thirds of the
              content (~720 px) cut its Last error column, so below 2xl the cards stack. */}
          <div className="grid gap-6 2xl:grid-cols-3">
            <div className="min-w-0 2xl:col-span-2">
              <ConnectorHealthTable connectors={data.connectors} />
            </div>
            <div className="min-w-0 space-y-6">
              <RecentFailures failures={data.recentFailures} canRetry={canWrite} />
              {data.triggersNeedingAttention.length > 0 && (
                <Card>
                  <CardHeader title="Triggers needing attention" />
                  <ul className="divide-y divide-slate-100">
                    {data.triggersNeedingAttention.map((trigger) => (
                      <li key={trigger.id} className="flex items-center justify-between gap-3 px-5 py-3 text-sm">
                        <Link href="/triggers" className="font-medium text-slate-900 hover:text-indigo-700">
                          {trigger.name}
                        </Link>
                        <Badge tone="red">{trigger.reason}</Badge>
                      </li>
                    ))}
                  </ul>
                </Card>
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
