// Live feed of new events for Server-Sent Events clients. One LISTEN connection per process hears that events
// arrived (from any process: the receive path and publishing NOTIFY the stream channel), reads the new rows once,
// and hands each to the subscribers of its workspace. A slow poll covers a missed notification; the LISTEN
// connection comes back by itself after a database restart (lib/db/listen.ts). A second LISTEN hears that
// deliveries of a workspace changed status (the workers' outcomes) and tells that workspace's subscribers.
import { listen, type Listening } from "../db/listen";
import { pool } from "../db/pool";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "../db/unavailable";
import { callerSlots } from "../core/caller-slots";
import { AppError } from "../core/errors";
import { logger } from "../core/logger";
import { DELIVERY_STATUS_CHANNEL, STREAM_CHANNEL } from "../db/channels";

export interface StreamedEvent {
  id: string;
  workspaceId: string;
  source: string;
  type: string | null;
  triggerId: string | null;
  responseStatus: number | null;
  receivedAt: Date;
}

type Subscriber = {
  workspaceId: string;
  send: (event: StreamedEvent) => void;
  /** Some delivery of the workspace changed status; which ones is left to the views to read. */
  deliveriesChanged: () => void;
};

const FALLBACK_POLL_MS = 2_000;
const BATCH = 500;

class StreamHub {
  private subscribers = new Set<Subscriber>();
  private listener: Listening | null = null;
  private deliveryListener: Listening | null = null;
  private starting: Promise<void> | null = null;
  private lastId: string | null = null;
  private reading = false;
  private readAgain = false;
  private poll: NodeJS.Timeout | null = null;

  async subscribe(subscriber: Subscriber): Promise<() => void> {
    this.subscribers.add(subscriber);
    try {
      await (this.starting ??= this.start());
    } catch (error) {
      // The database was down: the next subscriber starts afresh instead of inheriting this failure forever.
      this.subscribers.delete(subscriber);
      this.starting = null;
      throw error;
    }
    return () => {
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) void this.stop();
    };
  }

  private async start() {
    const { rows } = await pool().query<{ id: string | null }>(`SELECT max(id::text) AS id FROM "Event"`);
    this.lastId = rows[0]?.id ?? "00000000-0000-0000-0000-000000000000";
    this.listener = await listen(STREAM_CHANNEL, () => void this.read());
    this.deliveryListener = await listen(DELIVERY_STATUS_CHANNEL, (workspaceId) => this.deliveriesChanged(workspaceId));
    this.poll = setInterval(() => void this.read(), FALLBACK_POLL_MS);
  }

  private async stop() {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    const listeners = [this.listener, this.deliveryListener];
    this.listener = null;
    this.deliveryListener = null;
    this.starting = null;
    await Promise.all(listeners.map((listener) => listener?.close()));
  }

  /** No workspace (after the LISTEN connection came back, when what was missed is unknown): everyone is told. */
  private deliveriesChanged(workspaceId: string | undefined) {
    for (const subscriber of this.subscribers)
      if (!workspaceId || subscriber.workspaceId === workspaceId) subscriber.deliveriesChanged();
  }

  /** Reads everything newer than the last row seen; overlapping wake-ups collapse into one more read. */
  private async read(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.readAgain = false;
        const { rows } = await pool().query<StreamedEvent>(
          `SELECT id, "workspaceId", source, type, "triggerId", "responseStatus", "receivedAt"
           FROM "Event" WHERE id > $1::uuid ORDER BY id LIMIT ${BATCH}`,
          [this.lastId],
        );
        for (const row of rows) {
          for (const subscriber of this.subscribers)
            if (subscriber.workspaceId === row.workspaceId) subscriber.send(row);
        }
        if (rows.length > 0) this.lastId = rows.at(-1)!.id;
        if (rows.length === BATCH) this.readAgain = true;
      } while (this.readAgain);
    } catch (error) {
      if (isDatabaseUnavailable(error)) reportDatabaseUnavailable(error, "event stream");
      else logger.warn("event stream read failed", { error });
    } finally {
      this.reading = false;
    }
  }
}

const globalForHub = globalThis as unknown as { switchboardStreamHub?: StreamHub };

export function streamHub(): StreamHub {
  return (globalForHub.switchboardStreamHub ??= new StreamHub());
}

/** How often an open stream asks again whether its caller may still read (signed out, disabled, token revoked). */
export const STREAM_RECHECK_MS = 5_000;
/** Rounds in a row whose check failed or is still unanswered before the stream goes quiet (15 s at the default pace). */
const UNCONFIRMED_ROUNDS = 3;

export interface StreamAccess {
  /** False once the credential that opened the stream no longer grants it; the stream then ends. */
  stillAllowed: () => Promise<boolean>;
  recheckMs?: number;
  /** Who holds the stream (a user or a token), for the cap on streams one caller may hold open. */
  caller: string;
}

/**
 * Streams one caller (a user, a token) may hold open in one process. A browser shares one stream among all its
 * tabs (components/event-log/use-live-refresh.ts), so this is sixteen browsers; without a cap one viewer could hold
 * thousands of sockets and timers open.
 */
export const STREAMS_PER_CALLER = 16;
const streamSlots = callerSlots(
  STREAMS_PER_CALLER,
  () =>
    new AppError(
      "rate_limited",
      `This caller already has ${STREAMS_PER_CALLER} live streams open: close one (a browser needs only one for all its tabs)`,
      { limit: STREAMS_PER_CALLER },
      5,
    ),
);

/**
 * A text/event-stream body: "ready" once the client is subscribed, "event" messages for new events, "deliveries"
 * messages when deliveries changed status, a comment every 15 s to keep proxies from closing it. A stream outlives
 * the request that checked its credential, so the credential is checked again every few seconds: a signed-out
 * session, a disabled user or a revoked token stops hearing the workspace's events, and the browser's reconnect
 * then meets the 401.
 */
export function eventStreamBody(
  workspaceId: string,
  signal: AbortSignal,
  { stillAllowed, recheckMs = STREAM_RECHECK_MS, caller }: StreamAccess,
): ReadableStream<Uint8Array> {
  const release = streamSlots.hold(caller);
  const encoder = new TextEncoder();
  let unsubscribe: (() => void) | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let recheck: NodeJS.Timeout | null = null;
  /** The client left (or the stream ended): whatever start() has not set up yet must not be. */
  let closed = false;
  const close = () => {
    closed = true;
    release();
    unsubscribe?.();
    unsubscribe = null;
    if (heartbeat) clearInterval(heartbeat);
    if (recheck) clearInterval(recheck);
  };
  return new ReadableStream({
    async start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      write("retry: 3000\n\n");
      if (signal.aborted) return close();
      /** False while the credential could not be confirmed for a while: the stream then carries nothing. */
      let confirmed = true;
      const subscribed = await streamHub().subscribe({
        workspaceId,
        send: (event) => {
          if (confirmed) write(`event: event\nid: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
        },
        deliveriesChanged: () => {
          if (confirmed) write("event: deliveries\ndata: {}\n\n");
        },
      });
      // The client may have gone while the subscription was being set up (cancel runs before start() finishes):
      // then nothing more is set up, or the heartbeat and the re-check would run on for a stream nobody reads.
      if (closed || signal.aborted) {
        subscribed();
        return close();
      }
      unsubscribe = subscribed;
      // Only now is this client sure to hear of what comes next: "ready" tells it to read what it may have missed
      // (the headers, and so the browser's open event, went out before the subscription was in place).
      write(": connected\nevent: ready\ndata: {}\n\n");
      heartbeat = setInterval(() => write(": ping\n\n"), 15_000);
      const end = () => {
        close();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      // One check at a time (one that stays unanswered is given up after UNCONFIRMED_ROUNDS rounds): with the
      // database slow, checks started every few seconds by every open stream would pile up on the pool. A credential that cannot be confirmed (database unreachable, check still unanswered)
      // for UNCONFIRMED_ROUNDS rounds in a row stops the stream's messages until a check answers again (the hub may
      // still be reading events on its own pool meanwhile); then "ready" tells the client to read what it missed.
      // Ending the stream instead would not do: a browser's reconnect during an outage meets a 503, and
      // EventSource gives up for good on an answer that is not a stream. A brief blip changes nothing.
      let checking = false;
      /** Rounds the check under way has gone unanswered; past UNCONFIRMED_ROUNDS it is abandoned for a new one. */
      let pendingRounds = 0;
      let latest = 0;
      let unconfirmed = 0;
      const unanswered = () => {
        if (++unconfirmed >= UNCONFIRMED_ROUNDS) confirmed = false;
      };
      recheck = setInterval(() => {
        if (checking) {
          unanswered();
          if (++pendingRounds < UNCONFIRMED_ROUNDS) return;
        }
        checking = true;
        pendingRounds = 0;
        const check = ++latest;
        stillAllowed().then(
          (allowed) => {
            if (check !== latest) return;
            checking = false;
            unconfirmed = 0;
            if (!allowed) {
              if (!unsubscribe) return;
              write('event: end\ndata: {"reason":"unauthorized"}\n\n');
              return end();
            }
            if (confirmed) return;
            confirmed = true;
            write("event: ready\ndata: {}\n\n");
          },
          () => {
            if (check !== latest) return;
            checking = false;
            unanswered();
          },
        );
      }, recheckMs);
      signal.addEventListener("abort", () => end());
    },
    cancel: close,
  });
}
