// Fixed-window rate limiting shared by every process through PostgreSQL: one atomic upsert per hit. The upsert is
// also a fragment the event store puts inside its one statement (lib/events/store-event.ts), so an inbound request
// is counted and stored in a single round trip.
import { db } from "../db";
import type { RateLimitResult } from "./rate-limit-result";

/**
 * The hit, as SQL: counts one call for the bucket named by the `key` placeholder in a window of `windowMs`
 * milliseconds (a placeholder too), starting a new window when the last one has passed. Returns the bucket's
 * "count" and "windowStart"; the call is allowed while "count" is at most the limit. A null key counts nothing.
 */
export function fixedWindowHitSql(placeholders: {
  key: string;
  windowMs: string;
  /**
   * A relation to take the keys from, one row per key (the event store's batch: `key` a column of it, `windowMs` an
   * expression of `EXCLUDED."key"`, since only the table's own columns reach the DO UPDATE). Keys must be distinct.
   */
  from?: string;
  /** How many calls the row counts (the batch's calls on one key, counted at once); one when absent. */
  hits?: string;
}): string {
  const passed = `"RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${placeholders.windowMs}::float8 / 1000)`;
  // No row at all for a null key: the event store's statement has one hit per request, limited or not.
  return `INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    SELECT ${placeholders.key}::text, now(), ${placeholders.hits ?? "1"} ${placeholders.from ? `FROM ${placeholders.from}` : ""}
    WHERE ${placeholders.key}::text IS NOT NULL
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${passed} THEN EXCLUDED."count" ELSE "RateLimitBucket"."count" + EXCLUDED."count" END,
      "windowStart" = CASE WHEN ${passed} THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "key", "count", "windowStart"`;
}

/** Seconds until the window that started at `windowStart` resets (for Retry-After); at least 1. */
export function secondsUntilReset(windowStart: Date, windowMs: number): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 1000));
}

const HIT = fixedWindowHitSql({ key: "$1", windowMs: "$2" });

export async function consumeRateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  // The text is the shared fragment with bound parameters, not interpolated values.
  const rows = await db().$queryRawUnsafe<{ count: number; windowStart: Date }[]>(HIT, key, windowMs);
  const row = rows[0]!;
  return {
    allowed: row.count <= limit,
    count: row.count,
    retryAfterSeconds: secondsUntilReset(row.windowStart, windowMs),
  };
}

/**
 * Gives back one hit of the current window, for limits that count an attempt before knowing whether it will
 * count (a sign-in is counted before its password is checked, then given back when it succeeds).
 */
export async function refundRateLimit(key: string, windowMs: number): Promise<void> {
  await db().$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = "count" - 1
    WHERE "key" = ${key} AND "count" > 0
      AND "windowStart" > now() - make_interval(secs => ${windowMs / 1000}::float8)`;
}
