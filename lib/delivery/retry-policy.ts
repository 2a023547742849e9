// When to try a failed delivery again. Default schedule (Svix's, REFERENCE.md): attempts at 0, 5 s, 5 min,
// 30 min, 2 h, 5 h, 10 h, 10 h after the previous one, ±20 % jitter; a connector may override the schedule.
// 429/503 honour Retry-After; throttling answers (429, timeouts) wait at least a minimum before the next try.

export const DEFAULT_SCHEDULE_SECONDS = [0, 5, 300, 1800, 7200, 18000, 36000, 36000] as const;
export const JITTER = 0.2;
export const MIN_DELAY_AFTER_THROTTLE_MS = 60_000;

export interface RetryPolicyOptions {
  /** Minimum wait after a 429 or a timeout; tests lower it to run in seconds. */
  minDelayAfterThrottleMs?: number;
  /** Random source in [0, 1) for jitter; tests pin it. */
  random?: () => number;
}

export interface AttemptOutcome {
  status: number | null;
  errorCode: string | null;
  retryAfterSeconds?: number | null;
}

/** The schedule a connector uses: its override when set, else the default. Entry i is the wait before attempt i+1. */
export function scheduleFor(override: readonly number[] | null | undefined): readonly number[] {
  return override && override.length > 0 ? override : DEFAULT_SCHEDULE_SECONDS;
}

/** Milliseconds until the next attempt after attempt number `attemptNumber` (1-based) failed; null when exhausted. */
export function nextRetryDelayMs(
  schedule: readonly number[],
  attemptNumber: number,
  outcome: AttemptOutcome,
  options: RetryPolicyOptions = {},
): number | null {
  if (attemptNumber >= schedule.length) return null;
  const random = options.random ?? Math.random;
  const baseMs = schedule[attemptNumber]! * 1000;
  let delayMs = Math.round(baseMs * (1 - JITTER + 2 * JITTER * random()));
  const throttled = outcome.status === 429 || outcome.errorCode === "timeout";
  if (throttled) delayMs = Math.max(delayMs, options.minDelayAfterThrottleMs ?? MIN_DELAY_AFTER_THROTTLE_MS);
  if ((outcome.status === 429 || outcome.status === 503) && outcome.retryAfterSeconds) {
    delayMs = Math.max(delayMs, outcome.retryAfterSeconds * 1000);
  }
  return delayMs;
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** One step of a schedule as the delivery page shows it: attempt `attempt` goes out `delaySeconds` after the previous. */
export interface RetryStep {
  attempt: number;
  delaySeconds: number;
}

export interface RetryPlan {
  /** Every attempt the schedule allows; attempt 1 waits nothing, later ones wait after the previous (± jitter). */
  schedule: RetryStep[];
  /** The share each wait may move by, either way (0.2 = ±20 %). */
  jitter: number;
  /** Attempts still to come, the scheduled one included; 0 once the delivery is finished. */
  remainingAttempts: number;
}

/**
 * What is left of a delivery's schedule. The worker stops when `nextRetryDelayMs` says the schedule is exhausted, so
 * an unfinished delivery has the rest of its schedule to go, and at least the one attempt already queued (a retry by
 * hand after the last step still gets that one).
 */
export function retryPlan(
  schedule: readonly number[],
  delivery: { attemptCount: number; finished: boolean },
): RetryPlan {
  return {
    schedule: schedule.map((delaySeconds, index) => ({ attempt: index + 1, delaySeconds })),
    jitter: JITTER,
    remainingAttempts: delivery.finished ? 0 : Math.max(schedule.length - delivery.attemptCount, 1),
  };
}
