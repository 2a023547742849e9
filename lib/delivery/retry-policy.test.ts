import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE_SECONDS, nextRetryDelayMs, parseRetryAfter, retryPlan, scheduleFor } from "./retry-policy";

const failure = { status: 500, errorCode: "http_500" };

describe("retry policy", () => {
  it("follows the default schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h, then stops after 8 attempts", () => {
    const middle = () => 0.5; // no jitter
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      nextRetryDelayMs(DEFAULT_SCHEDULE_SECONDS, n, failure, { random: middle }),
    );
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(nextRetryDelayMs(DEFAULT_SCHEDULE_SECONDS, 8, failure)).toBeNull();
  });

  it("keeps jitter within ±20 %", () => {
    const low = nextRetryDelayMs(DEFAULT_SCHEDULE_SECONDS, 2, failure, { random: () => 0 });
    const high = nextRetryDelayMs(DEFAULT_SCHEDULE_SECONDS, 2, failure, { random: () => 0.999999 });
    expect(low).toBe(240_000);
    expect(high).toBeGreaterThan(359_000);
    expect(high).toBeLessThanOrEqual(360_000);
    for (let i = 0; i < 1000; i++) {
      const delay = nextRetryDelayMs(DEFAULT_SCHEDULE_SECONDS, 3, failure)!;
      expect(delay).toBeGreaterThanOrEqual(1_440_000);
      expect(delay).toBeLessThanOrEqual(2_160_000);
    }
  });

  it("honours Retry-After on 429 and 503 and waits at least the throttle minimum after 429 or a timeout", () => {
    const schedule = [0, 1, 1];
    const options = { random: () => 0.5, minDelayAfterThrottleMs: 60_000 };
    expect(nextRetryDelayMs(schedule, 1, { status: 503, errorCode: "http_503", retryAfterSeconds: 30 }, options)).toBe(
      30_000,
    );
    expect(nextRetryDelayMs(schedule, 1, { status: 429, errorCode: "http_429", retryAfterSeconds: 120 }, options)).toBe(
      120_000,
    );
    expect(nextRetryDelayMs(schedule, 1, { status: 429, errorCode: "http_429" }, options)).toBe(60_000);
    expect(nextRetryDelayMs(schedule, 1, { status: null, errorCode: "timeout" }, options)).toBe(60_000);
    expect(nextRetryDelayMs(schedule, 1, { status: 500, errorCode: "http_500", retryAfterSeconds: 30 }, options)).toBe(
      1_000,
    );
  });

  it("uses a connector's own schedule when it has one", () => {
    expect(scheduleFor([])).toBe(DEFAULT_SCHEDULE_SECONDS);
    expect(scheduleFor([0, 2])).toEqual([0, 2]);
    expect(nextRetryDelayMs([0, 2], 2, failure)).toBeNull();
  });

  it("parses Retry-After seconds and HTTP dates", () => {
    expect(parseRetryAfter("120")).toBe(120);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(60);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});

describe("retry plan", () => {
  it("lists the schedule by attempt number with what is left of it", () => {
    const plan = retryPlan([0, 5, 300], { attemptCount: 1, finished: false });
    expect(plan.schedule).toEqual([
      { attempt: 1, delaySeconds: 0 },
      { attempt: 2, delaySeconds: 5 },
      { attempt: 3, delaySeconds: 300 },
    ]);
    expect(plan.jitter).toBe(0.2);
    expect(plan.remainingAttempts).toBe(2);
  });

  it("counts nothing left once finished, and the one queued attempt of a retry past the last step", () => {
    expect(retryPlan(DEFAULT_SCHEDULE_SECONDS, { attemptCount: 8, finished: true }).remainingAttempts).toBe(0);
    expect(retryPlan(DEFAULT_SCHEDULE_SECONDS, { attemptCount: 8, finished: false }).remainingAttempts).toBe(1);
    expect(retryPlan(DEFAULT_SCHEDULE_SECONDS, { attemptCount: 0, finished: false }).remainingAttempts).toBe(8);
  });
});
