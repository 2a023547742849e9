// Liveness with a real database round trip, so a load balancer stops sending traffic when PostgreSQL is gone.
// The reason is plain words (lib/db/unavailable.ts), never the driver's or Prisma's text.
import { db } from "../db";
import { databaseAvailable, databaseUnavailableReason, reportDatabaseUnavailable } from "../db/unavailable";
import { logger } from "../core/logger";

export async function checkHealth(): Promise<{ ok: boolean; body: Record<string, string> }> {
  try {
    await db().$queryRaw`SELECT 1`;
    databaseAvailable();
    return { ok: true, body: { status: "ok", database: "ok" } };
  } catch (error) {
    if (databaseUnavailableReason(error)) {
      const reason = reportDatabaseUnavailable(error, "health");
      return { ok: false, body: { status: "error", database: "unavailable", reason } };
    }
    logger.error("health check failed", { error });
    return {
      ok: false,
      body: { status: "error", database: "unavailable", reason: "the database check failed (see the server log)" },
    };
  }
}
