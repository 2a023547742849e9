// The overview's one input (the time range) and the shape of its answer, shared by the route, the page and the
// OpenAPI document.
import { z } from "zod";

export const OVERVIEW_RANGES = ["1h", "24h", "7d", "30d"] as const;
export type OverviewRange = (typeof OVERVIEW_RANGES)[number];

export const overviewQuerySchema = z.object({
  range: z.enum(OVERVIEW_RANGES).default("24h").describe("How far back the overview looks"),
});

const count = z.number().int().nonnegative();
const milliseconds = z.number().int().nonnegative().nullable();

export const overviewSchema = z
  .object({
    range: z.enum(OVERVIEW_RANGES),
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    bucketMs: z.number().int().describe("Width of one chart bucket"),
    tiles: z.object({
      eventsReceived: count,
      succeeded: count,
      failed: count.describe("Deliveries created in the range that are waiting to retry after a failed attempt"),
      pending: count.describe("Deliveries created in the range not attempted yet or in flight"),
      dead: count,
      cancelled: count,
      successRate: z.number().min(0).max(1).nullable().describe("succeeded ÷ (succeeded + failed + dead)"),
      latencyP50Ms: milliseconds,
      latencyP95Ms: milliseconds,
      connectorsNeedingAttention: count,
      triggersNeedingAttention: count,
    }),
    series: z.array(
      z.object({
        at: z.iso.datetime(),
        succeeded: count,
        failed: count,
        dead: count,
        pending: count,
        cancelled: count,
        latencyP50Ms: milliseconds,
        latencyP95Ms: milliseconds,
      }),
    ),
    eventSeries: z.object({
      origins: z.array(z.object({ key: z.string(), label: z.string() })),
      points: z.array(z.object({ at: z.iso.datetime(), counts: z.record(z.string(), count) })),
    }),
    connectors: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        enabled: z.boolean(),
        attention: z
          .string()
          .nullable()
          .describe(
            "Why the connector needs attention (disabled, failing now, dead deliveries in the range, success rate under 90 %), if it does",
          ),
        failingSince: z.iso
          .datetime()
          .nullable()
          .describe("When its deliveries started failing without a success since (null while it succeeds)"),
        volume: count,
        succeeded: count,
        successRate: z.number().nullable(),
        latencyP95Ms: milliseconds,
        lastError: z.object({ at: z.iso.datetime().nullable(), message: z.string() }).nullable(),
        sparkline: z.array(count),
      }),
    ),
    triggersNeedingAttention: z.array(z.object({ id: z.uuid(), name: z.string(), reason: z.string() })),
    recentFailures: z.array(
      z.object({
        id: z.uuid(),
        status: z.enum(["failed", "dead", "template_error"]),
        connectorId: z.uuid(),
        connectorName: z.string(),
        attemptCount: count,
        lastStatus: z.number().int().nullable(),
        lastErrorCode: z.string().nullable(),
        lastErrorMessage: z.string().nullable(),
        updatedAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: "Overview", description: "Tiles, charts and tables of the overview page for one range" });
export type Overview = z.infer<typeof overviewSchema>;
