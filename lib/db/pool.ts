// A plain node-postgres pool for the hot paths (delivery queue, inbound receive) where one hand-written
// statement beats an ORM round trip; everything else goes through Prisma (lib/db.ts).
import pg from "pg";
import { env } from "../env";

const globalForPool = globalThis as unknown as { switchboardPool?: pg.Pool };

export function pool(): pg.Pool {
  if (!globalForPool.switchboardPool) {
    const connectionString = env().DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    globalForPool.switchboardPool = new pg.Pool({ connectionString, max: 10 });
  }
  return globalForPool.switchboardPool;
}

export async function closePool(): Promise<void> {
  const current = globalForPool.switchboardPool;
  globalForPool.switchboardPool = undefined;
  await current?.end();
}
