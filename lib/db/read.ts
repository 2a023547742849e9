// Where the dashboard's reads that decide nothing go: a streaming replica when DATABASE_READ_URL is set, else the
// primary's own pools. What reads here: the Deliveries and Events lists with their search, the Deliveries page's
// counts, the overview's aggregates. What never does: a read that decides a write (claims, the retry and cancel
// checks, bulk actions, sessions and tokens, the rollups' watermarks before rolling up), and a read right after a
// write of the same request: a replica replays the primary's WAL a little later, so what it answers may be
// milliseconds (or, under load, seconds) old. A list that is a moment behind is fine; a decision made on it is not.
import pg from "pg";
import { env } from "../env";
import { createClient, db, type Db } from "./index";
import { connectionOptions, onConnectionLost, pool } from "./pool";

const globalForRead = globalThis as unknown as { switchboardReadPool?: pg.Pool; switchboardReadDb?: Db };

/** True when DATABASE_READ_URL names a replica. */
export function hasReadReplica(): boolean {
  return Boolean(env().DATABASE_READ_URL);
}

/** The raw pool for replica reads (the overview's aggregates); the primary's pool when there is no replica. */
export function readPool(): pg.Pool {
  const url = env().DATABASE_READ_URL;
  if (!url) return pool();
  if (!globalForRead.switchboardReadPool) {
    const created = new pg.Pool({ ...connectionOptions(url), max: 10, application_name: "switchboard-read" });
    created.on("error", onConnectionLost);
    created.on("connect", (client) => client.on("error", onConnectionLost));
    globalForRead.switchboardReadPool = created;
  }
  return globalForRead.switchboardReadPool;
}

/** Prisma for replica reads (lists, search, counts); the one Prisma client when there is no replica. */
export function readDb(): Db {
  const url = env().DATABASE_READ_URL;
  if (!url) return db();
  globalForRead.switchboardReadDb ??= createClient(url);
  return globalForRead.switchboardReadDb;
}

export async function closeReadPools(): Promise<void> {
  const { switchboardReadPool: readPoolNow, switchboardReadDb: readDbNow } = globalForRead;
  globalForRead.switchboardReadPool = undefined;
  globalForRead.switchboardReadDb = undefined;
  await Promise.all([readPoolNow?.end(), readDbNow?.$disconnect()]);
}
