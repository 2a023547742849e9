// Sliding-log rate limiting, for limits that must hold over ANY window (the documented webhook-create limit).
import { db } from "../db";
import type { RateLimitResult } from "./rate-limit-result";

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
