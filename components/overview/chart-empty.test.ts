// The Overview charts' empty states: a range with nothing to plot says so instead of drawing bare axes.
import { describe, expect, it } from "vitest";
import type { Overview } from "@/lib/overview/schema";
import { chartEmptyMessages } from "./chart-empty";

const at = "2026-11-30T06:00:00.000Z";
const quietPoint = {
  at,
  succeeded: 0,
  failed: 0,
  dead: 0,
  pending: 0,
  cancelled: 0,
  latencyP50Ms: null,
  latencyP95Ms: null,
};
const overviewOf = (series: Overview["series"], counts: Record<string, number> = {}) =>
  ({ series, eventSeries: { origins: [], points: [{ at, counts }] } }) as unknown as Overview;

describe("chart empty states", () => {
  it("say what is missing when the range is quiet", () => {
    const quiet = overviewOf([quietPoint], { api: 0 });
    expect(chartEmptyMessages.deliveries(quiet)).toBe("No deliveries in this range yet.");
    expect(chartEmptyMessages.events(quiet)).toBe("No events received in this range yet.");
    expect(chartEmptyMessages.latency(quiet)).toMatch(/^No delivery finished in this range yet/);
  });

  it("step aside as soon as there is one thing to plot", () => {
    const busy = overviewOf([{ ...quietPoint, pending: 1 }], { api: 2 });
    expect(chartEmptyMessages.deliveries(busy)).toBeNull();
    expect(chartEmptyMessages.events(busy)).toBeNull();
    // Pending deliveries have no latency yet; one that finished has.
    expect(chartEmptyMessages.latency(busy)).not.toBeNull();
    expect(
      chartEmptyMessages.latency(overviewOf([{ ...quietPoint, succeeded: 1, latencyP50Ms: 120, latencyP95Ms: 120 }])),
    ).toBeNull();
  });
});
