// GET /api/v1/overview: every figure of the overview page for one range, from a handful of aggregate queries run
// side by side (see read-deliveries.ts for what "latency" means and rollup.ts for how long ranges stay fast).
import { hasReadReplica, readPool } from "../db/read";
import { connectorAttention } from "./attention";
import { addToHistogram, histogramPercentile, type Histogram } from "./latency-bucket";
import { readBacklog, readOutcomes, readRecentFailures, type DeliveryCell } from "./read-deliveries";
import { originLabel, readEventCounts } from "./read-events";
import { readWatermarks, refreshRollups } from "./rollup";
import type { Overview, OverviewRange } from "./schema";
import { timeWindow, usesHourlyRollup } from "./time-window";

interface Tally {
  succeeded: number;
  failed: number;
  dead: number;
  pending: number;
  cancelled: number;
  latency: Histogram;
}

const emptyTally = (): Tally => ({ succeeded: 0, failed: 0, dead: 0, pending: 0, cancelled: 0, latency: new Map() });

function add(tally: Tally, cell: DeliveryCell) {
  tally[cell.outcome] += cell.count;
  if (cell.outcome === "succeeded") addToHistogram(tally.latency, cell.latencyBucketMs, cell.count);
}

const successRate = (tally: Tally) => {
  const judged = tally.succeeded + tally.failed + tally.dead;
  return judged === 0 ? null : tally.succeeded / judged;
};

export async function getOverview(workspaceId: string, range: OverviewRange, now = new Date()): Promise<Overview> {
  // Rolling up writes, so it runs on the primary; the figures are read where DATABASE_READ_URL says (lib/db/read.ts).
  // A replica may not have replayed the newest rollup rows yet: its own watermarks say which rows it has.
  const client = readPool();
  const window = timeWindow(range, now);
  const marks = usesHourlyRollup(window)
    ? hasReadReplica()
      ? (await refreshRollups(), await readWatermarks(client))
      : await refreshRollups()
    : null;
  const [outcomes, backlog, events, failures, connectors, triggers] = await Promise.all([
    readOutcomes(client, workspaceId, window, marks),
    readBacklog(client, workspaceId, window),
    readEventCounts(client, workspaceId, window, marks),
    readRecentFailures(client, workspaceId, window),
    client.query<{
      id: string;
      name: string;
      enabled: boolean;
      disabledReason: string | null;
      failingSince: Date | null;
      lastErrorAt: Date | null;
      lastErrorMessage: string | null;
    }>(
      `SELECT id, name, enabled, "disabledReason", "failingSince", "lastErrorAt", "lastErrorMessage"
       FROM "Connector" WHERE "workspaceId" = $1 ORDER BY name`,
      [workspaceId],
    ),
    client.query<{ id: string; name: string; enabled: boolean }>(
      `SELECT id, name, enabled FROM "Trigger" WHERE "workspaceId" = $1 ORDER BY name`,
      [workspaceId],
    ),
  ]);

  const slots = window.starts.length;
  const total = emptyTally();
  const perSlot = window.starts.map(emptyTally);
  const perConnector = new Map<string, { tally: Tally; sparkline: number[] }>();
  for (const cell of [...outcomes, ...backlog]) {
    if (cell.slot < 0 || cell.slot >= slots) continue;
    add(total, cell);
    add(perSlot[cell.slot]!, cell);
    let connector = perConnector.get(cell.connectorId);
    if (!connector)
      perConnector.set(
        cell.connectorId,
        (connector = { tally: emptyTally(), sparkline: new Array<number>(slots).fill(0) }),
      );
    add(connector.tally, cell);
    connector.sparkline[cell.slot] = connector.sparkline[cell.slot]! + cell.count;
  }

  const triggerNames = new Map(triggers.rows.map((trigger) => [trigger.id, trigger.name]));
  const eventPoints = window.starts.map(() => ({}) as Record<string, number>);
  const origins = new Set<string>();
  let eventsReceived = 0;
  for (const cell of events) {
    if (cell.slot < 0 || cell.slot >= slots) continue;
    origins.add(cell.origin);
    eventPoints[cell.slot]![cell.origin] = (eventPoints[cell.slot]![cell.origin] ?? 0) + cell.count;
    eventsReceived += cell.count;
  }

  const connectorRows = connectors.rows.map((connector) => {
    const figures = perConnector.get(connector.id) ?? { tally: emptyTally(), sparkline: new Array(slots).fill(0) };
    const { tally } = figures;
    const attention = connectorAttention({ ...connector, dead: tally.dead, successRate: successRate(tally) });
    return {
      id: connector.id,
      name: connector.name,
      enabled: connector.enabled,
      attention,
      failingSince: connector.failingSince?.toISOString() ?? null,
      volume: tally.succeeded + tally.failed + tally.dead + tally.pending + tally.cancelled,
      succeeded: tally.succeeded,
      successRate: successRate(tally),
      latencyP95Ms: histogramPercentile(tally.latency, 0.95),
      lastError: connector.lastErrorMessage
        ? { at: connector.lastErrorAt?.toISOString() ?? null, message: connector.lastErrorMessage }
        : null,
      sparkline: figures.sparkline,
    };
  });
  // Busiest first; connectors that need attention stay on the list even when idle.
  connectorRows.sort(
    (a, b) => Number(!!b.attention) - Number(!!a.attention) || b.volume - a.volume || a.name.localeCompare(b.name),
  );
  const triggersNeedingAttention = triggers.rows
    .filter((trigger) => !trigger.enabled)
    .map((trigger) => ({ id: trigger.id, name: trigger.name, reason: "Disabled: requests are refused" }));

  return {
    range,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    bucketMs: window.bucketMs,
    tiles: {
      eventsReceived,
      succeeded: total.succeeded,
      failed: total.failed,
      pending: total.pending,
      dead: total.dead,
      cancelled: total.cancelled,
      successRate: successRate(total),
      latencyP50Ms: histogramPercentile(total.latency, 0.5),
      latencyP95Ms: histogramPercentile(total.latency, 0.95),
      connectorsNeedingAttention: connectorRows.filter((row) => row.attention).length,
      triggersNeedingAttention: triggersNeedingAttention.length,
    },
    series: window.starts.map((start, index) => {
      const tally = perSlot[index]!;
      return {
        at: start.toISOString(),
        succeeded: tally.succeeded,
        failed: tally.failed,
        dead: tally.dead,
        pending: tally.pending,
        cancelled: tally.cancelled,
        latencyP50Ms: histogramPercentile(tally.latency, 0.5),
        latencyP95Ms: histogramPercentile(tally.latency, 0.95),
      };
    }),
    eventSeries: {
      origins: [...origins].sort().map((key) => ({ key, label: originLabel(key, triggerNames) })),
      points: window.starts.map((start, index) => ({ at: start.toISOString(), counts: eventPoints[index]! })),
    },
    connectors: connectorRows,
    triggersNeedingAttention,
    recentFailures: failures.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
  };
}
