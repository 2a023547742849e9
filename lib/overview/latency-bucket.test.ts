import { describe, expect, it } from "vitest";
import { histogramPercentile, latencyBucketMs } from "./latency-bucket";

describe("latencyBucketMs", () => {
  it.each([
    [0, 0],
    [9, 9],
    [10, 10],
    [19, 18],
    [13, 12],
    [24, 20],
    [57, 50],
    [99, 90],
    [100, 100],
    [119, 100],
    [250, 250],
    [999, 900],
    [1000, 1000],
    [14_999, 14_000],
    [60_000, 60_000],
  ])("%i ms falls in the %i ms bucket", (ms, bucket) => {
    expect(latencyBucketMs(ms)).toBe(bucket);
  });

  it("keeps every bucket within 20 % of the values it holds", () => {
    for (let ms = 10; ms < 100_000; ms += 7) expect((ms - latencyBucketMs(ms)) / ms).toBeLessThan(0.2);
  });
});

describe("histogramPercentile", () => {
  it("answers like percentile_disc", () => {
    const histogram = new Map([
      [100, 50],
      [200, 45],
      [1000, 5],
    ]);
    expect(histogramPercentile(histogram, 0.5)).toBe(100);
    expect(histogramPercentile(histogram, 0.95)).toBe(200);
    expect(histogramPercentile(histogram, 0.96)).toBe(1000);
    expect(histogramPercentile(new Map(), 0.5)).toBeNull();
  });
});
