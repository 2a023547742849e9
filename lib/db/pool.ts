// A plain node-postgres pool for the hot paths (delivery queue, inbound receive) where one hand-written
// statement beats an ORM round trip; everything else goes through Prisma (lib/db.ts).
import pg from "pg";
import { env } from "../env";
import { logger } from "../logger";

const globalForPool = globalThis as unknown as { switchboardPool?: pg.Pool };

export function pool(): pg.Pool {
  if (!globalForPool.switchboardPool) {
    const connectionString = env().DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const created = new pg.Pool({ connectionString, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the pool
    // replaces it on next use.
    created.on("error", (error) => logger.warn("idle database connection lost", { error: error.message }));
    globalForPool.switchboardPool = created;
  }
  return globalForPool.switchboardPool;
}

export async function closePool(): Promise<void> {
  const current = globalForPool.switchboardPool;
  globalForPool.switchboardPool = undefined;
  await current?.end();
}
