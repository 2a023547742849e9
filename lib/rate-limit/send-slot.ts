// Send slots: the pace of a rate-limited connector, shared by every delivery worker process through PostgreSQL.
import { db } from "../db";

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
