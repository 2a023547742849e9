// LISTEN on one channel over a connection of its own that comes back by itself. The delivery workers and the
// live event stream are woken by NOTIFY; when the database restarts (57P01) or the connection is cut, the old
// connection is dropped without crashing the process, a new one is opened with a short back-off until the
// database answers, LISTEN is issued again, and the caller is woken once to catch up with what it missed.
import pg from "pg";
import { env } from "../env";
import { logger } from "../core/logger";
import { directConnectionString } from "./pool";
import { databaseAvailable, isDatabaseUnavailable, reportDatabaseUnavailable } from "./unavailable";

export interface Listening {
  close: () => Promise<void>;
}

/** Every listener still open in this process, so a process that stops can close them before its database goes. */
const open = new Set<Listening>();

/**
 * Closes every listener of this process. Called on shutdown before the embedded database stops: a listener left
 * open would see its connection cut and report the database unavailable while the process is merely stopping.
 */
export async function closeAllListeners(): Promise<void> {
  await Promise.all([...open].map((listening) => listening.close()));
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2_000;

/** For callers that hold state only a live LISTEN keeps true (a cache that notifications invalidate). */
export interface ListenHooks {
  /** LISTEN is in place (first connect and every reconnect): notifications arrive from now on. */
  onListening?: () => void;
  /** The connection is gone: notifications sent from now until `onListening` are missed. */
  onLost?: () => void;
}

/**
 * Starts listening; resolves once the first attempt is made (connected or not: a database that is down at
 * start is retried like one that went down later). `onNotify` runs for every notification, with its payload, and
 * after each reconnect without one (what was missed is unknown).
 */
export async function listen(
  channel: string,
  onNotify: (payload?: string) => void,
  hooks: ListenHooks = {},
): Promise<Listening> {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  let closed = false;
  let client: pg.Client | null = null;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | null = null;
  let lostOnce = false;

  const lost = (error: unknown) => {
    if (closed) return;
    if (isDatabaseUnavailable(error)) reportDatabaseUnavailable(error, `listen ${channel}`);
    else
      logger.warn("database listener lost", { channel, error: error instanceof Error ? error.message : String(error) });
    lostOnce = true;
    hooks.onLost?.();
    const dead = client;
    client = null;
    dead?.removeAllListeners("end");
    void dead?.end().catch(() => {});
    retryTimer ??= setTimeout(() => {
      retryTimer = null;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const connect = async () => {
    if (closed) return;
    // LISTEN is a session's: through a transaction-mode pooler it would hear nothing.
    const connectionString = directConnectionString();
    const next = new pg.Client({ connectionString, connectionTimeoutMillis: env().SWITCHBOARD_DB_CONNECT_TIMEOUT_MS });
    client = next;
    // Registered before connecting: a server that goes away emits "error" (or just "end"), never uncaught.
    next.on("error", (error) => client === next && lost(error));
    next.on("end", () => client === next && lost(new Error("Connection terminated")));
    next.on("notification", (message) => onNotify(message.payload));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      if (client === next) lost(error);
      return;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    retryMs = FIRST_RETRY_MS;
    hooks.onListening?.();
    if (lostOnce) {
      lostOnce = false;
      databaseAvailable();
      logger.info("database listener back", { channel });
      // Whatever was notified while the connection was down.
      onNotify();
    }
  };

  await connect();
  const listening: Listening = {
    close: async () => {
      open.delete(listening);
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      current?.removeAllListeners("end");
      await current?.end().catch(() => {});
    },
  };
  open.add(listening);
  return listening;
}
