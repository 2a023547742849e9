// A plain node-postgres pool for the hot paths (delivery queue, inbound receive) where one hand-written
// statement beats an ORM round trip; everything else goes through Prisma (lib/db/index.ts).
import pg from "pg";
import { env } from "../env";
import { reportDatabaseUnavailable } from "./unavailable";

const globalForPool = globalThis as unknown as { switchboardPool?: pg.Pool };

/**
 * Connection settings both pools share (this one and Prisma's adapter): a connect timeout, so requests fail over
 * to 503 instead of waiting on a database that does not answer, and a statement timeout for one that hangs. The
 * connect timeout is the client's, not the pool's: the pool's would also bound the wait for a free connection,
 * turning a burst of requests on a healthy database into 503s.
 */
export function connectionOptions(connectionString = env().DATABASE_URL): pg.PoolConfig {
  const config = env();
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start Switchboard with npm start, which provides the database");
  }
  const connectionTimeoutMillis = config.SWITCHBOARD_DB_CONNECT_TIMEOUT_MS;
  class TimedClient extends pg.Client {
    constructor(options?: pg.ClientConfig) {
      super({ ...options, connectionTimeoutMillis });
    }
  }
  return { connectionString, statement_timeout: config.SWITCHBOARD_DB_STATEMENT_TIMEOUT_MS, Client: TimedClient };
}

/**
 * Where session-level work connects: LISTEN, session advisory locks, CREATE DATABASE. Through a transaction-mode
 * pooler each statement may run on another server connection, so a LISTEN would hear nothing and a lock could be
 * released on a connection that does not hold it; DATABASE_DIRECT_URL bypasses the pooler for these.
 */
export function directConnectionString(): string {
  const { DATABASE_DIRECT_URL: direct } = env();
  return direct ?? connectionOptions().connectionString!;
}

/**
 * The name of a prepared statement, or none when DATABASE_URL goes through a pooler (DATABASE_DIRECT_URL is set).
 * A named statement lives in one server session; in transaction mode the next client on that session would find
 * the name taken ("prepared statement already exists") or missing. Unnamed statements are parsed each time and
 * work through any pooler.
 */
export function statementName(name: string): string | undefined {
  return env().DATABASE_DIRECT_URL ? undefined : name;
}

/**
 * A connection the server drops (restart, failover, 57P01) emits "error"; with no listener that would crash the
 * process. Idle connections are the pool's to replace; a checked-out one rejects its holder's query as well.
 */
export function onConnectionLost(error: Error): void {
  reportDatabaseUnavailable(error, "connection");
}

export function pool(): pg.Pool {
  if (!globalForPool.switchboardPool) {
    const created = new pg.Pool({ ...connectionOptions(), max: 10 });
    created.on("error", onConnectionLost);
    created.on("connect", (client) => client.on("error", onConnectionLost));
    globalForPool.switchboardPool = created;
  }
  return globalForPool.switchboardPool;
}

export async function closePool(): Promise<void> {
  const current = globalForPool.switchboardPool;
  globalForPool.switchboardPool = undefined;
  await current?.end();
}
