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
