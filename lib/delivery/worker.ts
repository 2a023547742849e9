// A delivery worker: claims due deliveries in batches, sends each through the connector's request (signed,
// paced by its rate limit), and writes attempts and outcomes back in batches. Runs inside the app process
// (SWITCHBOARD_WORKERS) or alone (npm run worker); any number share one database. A worker that dies leaves its
// claims to lapse after the lease, and another worker takes them: at-least-once, never lost. A live worker renews
// the lease of what it holds, so a short lease does not make a slow send go out twice; results it cannot write
// (the database restarting) stay in memory and are written as soon as the database answers again.
import os from "node:os";
import { listen, type Listening } from "../db/listen";
import { pool } from "../db/pool";
import { databaseAvailable, isDatabaseUnavailable, reportDatabaseUnavailable } from "../db/unavailable";
import { uuidv7 } from "../core/ids";
import { logger } from "../core/logger";
import { executeRequest } from "../http";
import { reserveSendSlot } from "../rate-limit";
import { DELIVERY_CHANNEL } from "../db/channels";
import { claimDeliveries, extendLeases, type ClaimedDelivery } from "./queue";
import { attemptRecord, recordResults, type AttemptRecord, type DeliveryOutcome } from "./record-results";
import { nextRetryDelayMs, type RetryPolicyOptions } from "./retry-policy";
import { ConnectorRuntimeCache, type ConnectorRuntime } from "./connector-runtime";
import { cancelled, finalOutcome, gaveUp, postponed, retryLater, templateFailed } from "./outcomes";
import { recordConnectorResults, type ConnectorResult } from "./connector-health";

export interface WorkerOptions {
  id?: string;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Deliveries claimed per query at most. */
  batchSize?: number;
  /**
   * Claimed deliveries kept waiting for a free slot (default: as many as `concurrency`), so a slot that frees is
   * refilled at once instead of after a claim's round trip, and claims come in batches rather than one per
   * completion.
   */
  prefetch?: number;
  /** How long a claim holds before another worker may take the delivery over. */
  leaseMs: number;
  /** Safety net under LISTEN/NOTIFY, and how scheduled retries are noticed. */
  pollIntervalMs?: number;
  retry?: RetryPolicyOptions;
  /** A delivery failing unexpectedly (a bug, not the target) is tried again after `delayMs`, at most `limit` times. */
  unexpected?: { limit: number; delayMs: number };
}

export interface RunningWorker {
  id: string;
  stop: () => Promise<void>;
}

const FLUSH_SIZE = 200;
const FLUSH_INTERVAL_MS = 20;
/** How soon results that could not be written are tried again (and how long an unavailable database is waited for). */
const RETRY_WRITE_MS = 250;
/** Rate-limit slots at most this far ahead are waited for in place (bounded by half the lease, too). */
const MAX_SLOT_HOLD_MS = 2_000;
/** A reserved slot missed by more than this is given up for a new one. */
const SLOT_LATENESS_MS = 20;
const UNEXPECTED = { limit: 5, delayMs: 5_000 };
/**
 * How often a claim also looks for lapsed leases (a dead worker's claims): that branch walks every in_flight row,
 * this worker's own among them, so it runs at most this often (and a quarter of the lease) instead of on every claim.
 */
const LAPSED_CHECK_MS = 1_000;
/** Claims under way at once while there is a backlog (see loop). */
const CLAIMS_IN_FLIGHT = 2;
/** Deliveries remembered for their unexpected failures; the oldest is forgotten beyond this. */
const UNEXPECTED_REMEMBERED = 10_000;

export async function startDeliveryWorker(options: WorkerOptions): Promise<RunningWorker> {
  const worker = new DeliveryWorker(options);
  await worker.start();
  return { id: worker.id, stop: () => worker.stop() };
}

class DeliveryWorker {
  readonly id: string;
  private readonly concurrency: number;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly prefetch: number;
  /** Claim again once at least this many deliveries fit (in flight + waiting): a claim per batch, not per send. */
  private readonly lowWater: number;
  private readonly lapsedCheckMs: number;
  private lastLapsedCheck = 0;
  /** Deliveries asked for by claims still under way: room they may fill. */
  private claiming = 0;
  /** Claimed, not yet started: waiting for a free slot. */
  private ready: ClaimedDelivery[] = [];
  private running = false;
  private stopping = false;
  private active = 0;
  private wakeUp: (() => void) | null = null;
  private wokenWhileBusy = false;
  private waitingForCapacity = false;
  private listener: Listening | null = null;
  /** Claimed and not yet written back: the deliveries whose lease this worker renews. */
  private readonly held = new Set<string>();
  private renewTimer: NodeJS.Timeout | null = null;
  private loopDone: Promise<void> = Promise.resolve();
  private readonly connectors = new ConnectorRuntimeCache();
  private pendingOutcomes: DeliveryOutcome[] = [];
  private pendingAttempts: AttemptRecord[] = [];
  private pendingResults: ConnectorResult[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  /** Unexpected failures per delivery in this worker, so a poison delivery ends dead instead of looping forever. */
  private readonly unexpectedFailures = new Map<string, number>();

  constructor(private readonly options: WorkerOptions) {
    this.id = options.id ?? `${os.hostname()}:${process.pid}:${uuidv7().slice(-8)}`;
    this.concurrency = options.concurrency ?? 64;
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.prefetch = options.prefetch ?? this.concurrency;
    this.lowWater = Math.max(1, Math.floor(Math.min(this.concurrency, this.batchSize) / 4));
    this.lapsedCheckMs = Math.min(LAPSED_CHECK_MS, options.leaseMs / 4);
  }

  async start() {
    this.running = true;
    this.listener = await listen(DELIVERY_CHANNEL, () => this.wake());
    this.loopDone = this.loop();
    // A third of the lease: two renewals can fail (a database restart) before the claims lapse.
    this.renewTimer = setInterval(() => void this.renewLeases(), Math.max(200, Math.floor(this.options.leaseMs / 3)));
    this.renewTimer.unref();
  }

  async stop() {
    this.running = false;
    this.wake();
    await this.loopDone;
    // What was claimed and never started goes back to the queue at once, for another worker (no attempt made).
    for (const delivery of this.ready.splice(0)) this.record(postponed(delivery, new Date(), delivery.rateSlotAt));
    while (this.active > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    this.stopping = true;
    await this.flush();
    // Results the database would not take yet get a few more tries; past that their leases lapse and another
    // worker sends them again (at-least-once).
    for (let tries = 0; this.pendingOutcomes.length > 0 && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_WRITE_MS));
      await this.flush();
    }
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.renewTimer) clearInterval(this.renewTimer);
    this.renewTimer = null;
    await this.listener?.close();
    this.listener = null;
  }

  /** Keeps this worker's claims from lapsing while it is still sending them or waiting to write their results. */
  private async renewLeases() {
    if (this.held.size === 0) return;
    try {
      await extendLeases(pool(), this.id, [...this.held], this.options.leaseMs);
    } catch (error) {
      this.databaseError("could not renew its leases", error);
    }
  }

  /** An unreachable database is one line per outage (lib/db/unavailable.ts); anything else is logged in full. */
  private databaseError(what: string, error: unknown, fields: Record<string, unknown> = {}) {
    if (isDatabaseUnavailable(error)) reportDatabaseUnavailable(error, `delivery worker ${this.id}`);
    else logger.error(`delivery worker ${what}`, { worker: this.id, ...fields, error });
  }

  /** A wake-up that arrives while the loop is busy (claiming) is kept, so the next sleep returns at once. */
  private wake() {
    const wake = this.wakeUp;
    this.wakeUp = null;
    if (wake) wake();
    else this.wokenWhileBusy = true;
  }

  private sleep(ms: number) {
    if (this.wokenWhileBusy) {
      this.wokenWhileBusy = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.wakeUp = null;
        resolve();
      }, ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** How many more deliveries this worker takes: free slots plus room in the waiting line. */
  private room() {
    return this.concurrency + this.prefetch - this.active - this.ready.length;
  }

  /**
   * Claims in batches. While claims come back full (a backlog), a second claim is sent before the first returns, so
   * the slots are refilled while a claim's round trip is under way: one claim at a time left the slots half empty
   * whenever a claim took longer than sending a batch (a loaded database). After a claim that came back short the
   * queue is drained: one claim at a time, after a sleep that a NOTIFY cuts short.
   */
  private async loop() {
    const claims = new Set<Promise<void>>();
    /** What the last claim to finish said: a backlog (it came back full), drained (short), or not known yet. */
    let backlog: boolean | null = null;
    while (this.running) {
      const room = this.room() - this.claiming;
      const another = claims.size === 0 || (backlog === true && claims.size < CLAIMS_IN_FLIGHT);
      if (backlog !== false && room >= this.lowWater && another) {
        const want = Math.min(room, this.batchSize);
        this.claiming += want;
        const claim: Promise<void> = this.claim(want)
          .then((got) => {
            backlog = got >= want;
          })
          .finally(() => {
            this.claiming -= want;
            claims.delete(claim);
          });
        claims.add(claim);
        continue;
      }
      if (claims.size > 0) {
        await Promise.race(claims);
        continue;
      }
      if (room < this.lowWater) {
        this.waitingForCapacity = true;
        await this.sleep(this.pollIntervalMs);
        this.waitingForCapacity = false;
        continue;
      }
      await this.sleep(this.pollIntervalMs);
      backlog = null;
    }
    await Promise.all(claims);
  }

  /** One claim of up to `want` deliveries into the waiting line; how many came (a failed claim counts as none). */
  private async claim(want: number): Promise<number> {
    let claimed: ClaimedDelivery[];
    try {
      const lapsed = Date.now() - this.lastLapsedCheck >= this.lapsedCheckMs;
      if (lapsed) this.lastLapsedCheck = Date.now();
      claimed = await claimDeliveries(pool(), this.id, want, this.options.leaseMs, { lapsed });
      databaseAvailable();
    } catch (error) {
      this.databaseError("could not claim", error);
      await this.sleep(RETRY_WRITE_MS * 2);
      return 0;
    }
    for (const delivery of claimed) this.held.add(delivery.id);
    this.ready.push(...claimed);
    this.startReady();
    return claimed.length;
  }

  /** Fills free slots from the waiting line, oldest claim first. */
  private startReady() {
    while (this.active < this.concurrency && this.ready.length > 0) {
      const delivery = this.ready.shift()!;
      this.active++;
      void this.process(delivery).finally(() => {
        this.active--;
        if (this.running) this.startReady();
        // Only a loop waiting for room needs to hear about it; new work arrives by NOTIFY.
        if (this.waitingForCapacity && this.room() >= this.lowWater) this.wake();
      });
    }
  }

  private async process(delivery: ClaimedDelivery) {
    try {
      const connector = await this.connectors.get(delivery.connectorId, delivery.connectorUpdatedAt);
      if (!connector || !connector.enabled) {
        const reason = connector
          ? `Connector disabled: ${connector.disabledReason ?? "by an administrator"}`
          : "Connector deleted";
        this.record(cancelled(delivery, reason));
        return;
      }
      if (connector.rateLimit && !(await this.waitForSendSlot(delivery, connector.id, connector.rateLimit))) return;
      await this.send(delivery, connector);
      this.unexpectedFailures.delete(delivery.id);
    } catch (error) {
      this.databaseError("could not prepare a delivery", error, { deliveryId: delivery.id });
      const { limit, delayMs } = this.options.unexpected ?? UNEXPECTED;
      // A database outage is nobody's poison: only other errors count towards giving up.
      const failures = (this.unexpectedFailures.get(delivery.id) ?? 0) + (isDatabaseUnavailable(error) ? 0 : 1);
      this.unexpectedFailures.delete(delivery.id);
      if (failures >= limit) {
        const message = error instanceof Error ? error.message : String(error);
        this.record(gaveUp(delivery, `Failed unexpectedly ${failures} times before sending; last error: ${message}`));
        return;
      }
      if (failures > 0) this.unexpectedFailures.set(delivery.id, failures);
      if (this.unexpectedFailures.size > UNEXPECTED_REMEMBERED)
        this.unexpectedFailures.delete(this.unexpectedFailures.keys().next().value!);
      // Hand it back for a later try: nothing was sent, so the attempt does not count.
      this.record(postponed(delivery, new Date(Date.now() + delayMs)));
    }
  }

  /**
   * Paces a rate-limited connector: each send takes a slot reserved in the database (lib/rate-limit/), shared by
   * every worker process. A slot within the hold horizon is waited for here, so the send happens on time; a later
   * slot goes back to the queue, due a little before the slot so that whoever claims it is early and waits too.
   * A claim that arrives after its slot has passed reserves a new one: sending late would bunch sends together.
   */
  private async waitForSendSlot(
    delivery: ClaimedDelivery,
    connectorId: string,
    rateLimit: { count: number; windowMs: number },
  ): Promise<boolean> {
    const holdHorizonMs = Math.min(this.options.leaseMs / 2, MAX_SLOT_HOLD_MS);
    let slot = delivery.rateSlotAt;
    for (;;) {
      if (!slot || slot.getTime() < Date.now() - SLOT_LATENESS_MS) {
        slot = await reserveSendSlot(`connector:${connectorId}`, rateLimit.windowMs / rateLimit.count);
      }
      const wait = slot.getTime() - Date.now();
      if (wait > holdHorizonMs) {
        this.record(postponed(delivery, new Date(slot.getTime() - holdHorizonMs / 2), slot));
        return false;
      }
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Overslept (a busy event loop): the slot is gone, and sending now would crowd the next one.
      if (Date.now() - slot.getTime() <= SLOT_LATENESS_MS) {
        logger.debug("rate-limit slot", {
          worker: this.id,
          deliveryId: delivery.id,
          slot: slot.toISOString(),
          at: new Date().toISOString(),
        });
        return true;
      }
      slot = null;
    }
  }

  private async send(delivery: ClaimedDelivery, connector: ConnectorRuntime) {
    const prepared = connector.prepare(delivery);
    if ("templateError" in prepared) {
      const message = prepared.templateError;
      this.record(templateFailed(delivery, message), null, {
        connectorId: connector.id,
        ok: false,
        status: null,
        errorMessage: message,
        dead: true,
        gone: false,
        deliveryId: delivery.id,
      });
      return;
    }
    const result = await executeRequest(prepared.request);
    const attempt = attemptRecord(delivery, prepared.stored, result);
    const gone = result.status === 410;
    let outcome: DeliveryOutcome;
    if (result.ok) {
      outcome = finalOutcome(delivery, "succeeded", result.status, null, null);
    } else {
      const delay = gone
        ? null
        : nextRetryDelayMs(
            connector.schedule,
            delivery.attemptNumber,
            {
              status: result.status,
              errorCode: result.error?.code ?? null,
              retryAfterSeconds: result.retryAfterSeconds ?? null,
            },
            this.options.retry,
          );
      outcome =
        delay === null
          ? finalOutcome(delivery, "dead", result.status, result.error?.code ?? null, result.error?.message ?? null)
          : retryLater(delivery, delay, result);
    }
    this.record(outcome, attempt, {
      connectorId: connector.id,
      deliveryId: delivery.id,
      ok: result.ok,
      status: result.status,
      errorMessage: result.error?.message ?? null,
      dead: outcome.status === "dead",
      gone,
    });
  }

  private record(
    outcome: DeliveryOutcome,
    attempt: AttemptRecord | null = null,
    result: ConnectorResult | null = null,
  ) {
    this.pendingOutcomes.push(outcome);
    if (attempt) this.pendingAttempts.push(attempt);
    if (result) this.pendingResults.push(result);
    if (this.pendingOutcomes.length >= FLUSH_SIZE) void this.flush();
    else this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_INTERVAL_MS);
  }

  /**
   * Attempts and outcomes in one statement: a delivery is never marked done without its attempt on record. A batch
   * that cannot be written goes back to the front of the queue and is tried again shortly: writing the attempts
   * twice is harmless (one per delivery and number), and outcomes only apply to rows this worker still holds.
   */
  private flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const outcomes = this.pendingOutcomes;
    const attempts = this.pendingAttempts;
    const results = this.pendingResults;
    this.pendingOutcomes = [];
    this.pendingAttempts = [];
    this.pendingResults = [];
    this.flushing = this.flushing.then(async () => {
      if (outcomes.length === 0) return;
      try {
        await recordResults(pool(), this.id, attempts, outcomes);
      } catch (error) {
        this.databaseError("could not record results", error, { count: outcomes.length });
        this.pendingOutcomes = [...outcomes, ...this.pendingOutcomes];
        this.pendingAttempts = [...attempts, ...this.pendingAttempts];
        this.pendingResults = [...results, ...this.pendingResults];
        if (this.stopping) return;
        if (this.flushTimer) clearTimeout(this.flushTimer);
        this.flushTimer = setTimeout(() => void this.flush(), RETRY_WRITE_MS);
        return;
      }
      for (const outcome of outcomes) this.held.delete(outcome.id);
      try {
        await recordConnectorResults(results);
      } catch (error) {
        // Health counters only: the deliveries themselves are written.
        this.databaseError("could not record connector health", error);
      }
    });
    return this.flushing;
  }
}
