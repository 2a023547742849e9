// When an Overview chart has nothing to plot: bare axes read as "broken", so the card says what is missing instead.
import type { Overview } from "@/lib/overview/schema";

/** The empty-state sentence of each chart, or null when it has something to draw. */
export const chartEmptyMessages = {
  deliveries: (overview: Overview) =>
    overview.series.some((point) => point.succeeded + point.failed + point.dead + point.pending + point.cancelled > 0)
      ? null
      : "No deliveries in this range yet.",
  events: (overview: Overview) =>
    overview.eventSeries.points.some((point) => Object.values(point.counts).some((count) => count > 0))
      ? null
      : "No events received in this range yet.",
  latency: (overview: Overview) =>
    overview.series.some((point) => point.latencyP50Ms != null || point.latencyP95Ms != null)
      ? null
      : "No delivery finished in this range yet: latency appears after the first one.",
};
