// The answer of a rate-limit check, fixed window or sliding: whether the call may go ahead and when to try again.
export interface RateLimitResult {
  allowed: boolean;
  count: number;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}
