// A session advisory lock held on a connection of its own, opened on the direct URL: through a transaction-mode
// pooler the lock and its unlock could land on different server connections, leaving the lock held for good by a
// pooled connection. The work itself runs wherever the caller sends it (the pool); only the lock stays direct.
import pg from "pg";
import { env } from "../env";
import { directConnectionString, onConnectionLost } from "./pool";

/** Runs `work` if no other session holds `key`; null when one does. */
export async function withSessionLock<T>(key: number, work: () => Promise<T>): Promise<T | null> {
  const client = new pg.Client({
    connectionString: directConnectionString(),
    connectionTimeoutMillis: env().SWITCHBOARD_DB_CONNECT_TIMEOUT_MS,
  });
  client.on("error", onConnectionLost);
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [key]);
    if (!rows[0]?.locked) return null;
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [key]);
    }
  } finally {
    // Ending the session releases the lock even when the unlock above failed.
    await client.end().catch(() => {});
  }
}
