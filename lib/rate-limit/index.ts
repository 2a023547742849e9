// Fixed-window rate limiting shared by every process through PostgreSQL: one atomic upsert per hit.
import { db } from "../db";

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}

export async function consumeRateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const rows = await db().$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowMs / 1000}::float8)
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowMs / 1000}::float8)
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  const resetAt = row.windowStart.getTime() + windowMs;
  return {
    allowed: row.count <= limit,
    count: row.count,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
  };
}

/**
 * Paces calls evenly: reserves the next send slot for `key`, at least `intervalMs` after the previous one, and
 * returns when it is. Unlike a fixed window this never lets two windows' worth through around a window edge,
 * whichever process reserves. The bucket row keeps the last reserved slot in windowStart.
 */
export async function reserveSendSlot(key: string, intervalMs: number): Promise<Date> {
  const rows = await db().$queryRaw<{ slot: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = GREATEST("RateLimitBucket"."windowStart" + make_interval(secs => ${intervalMs / 1000}::float8), now()),
      "count" = "RateLimitBucket"."count" + 1
    RETURNING "windowStart" AS slot`;
  return rows[0]!.slot;
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

/**
 * Exactly `limit` calls in ANY `windowMs` (a sliding log): the bucket keeps the admission times of its last window
 * and admits a call only while fewer than `limit` of them are younger than `windowMs`. Unlike a fixed window, a
 * burst at the end of one window and another at the start of the next cannot add up to twice the limit. One atomic
 * upsert; for sliding-log buckets `count` records whether the latest call was admitted (1) or not (0).
 */
export async function consumeSlidingLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
  const seconds = windowMs / 1000;
  // The admissions still inside the window, oldest first (written out three times: SET cannot name a subquery).
  const rows = await db().$queryRaw<{ admitted: number; hits: Date[] }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count", "hits")
    VALUES (${key}, now(), 1, ARRAY[now()])
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE
        WHEN (SELECT count(*) FROM unnest("RateLimitBucket"."hits") AS h WHERE h > now() - make_interval(secs => ${seconds}::float8)) < ${limit}
        THEN (SELECT coalesce(array_agg(h ORDER BY h), '{}') FROM unnest("RateLimitBucket"."hits") AS h
              WHERE h > now() - make_interval(secs => ${seconds}::float8)) || now()
        ELSE (SELECT coalesce(array_agg(h ORDER BY h), '{}') FROM unnest("RateLimitBucket"."hits") AS h
              WHERE h > now() - make_interval(secs => ${seconds}::float8))
      END,
      "count" = CASE
        WHEN (SELECT count(*) FROM unnest("RateLimitBucket"."hits") AS h WHERE h > now() - make_interval(secs => ${seconds}::float8)) < ${limit}
        THEN 1 ELSE 0
      END,
      "windowStart" = now()
    RETURNING "count" AS admitted, "hits"`;
  const row = rows[0]!;
  const oldest = row.hits[0]?.getTime() ?? Date.now();
  return {
    allowed: row.admitted === 1,
    count: row.hits.length,
    retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000)),
  };
}
