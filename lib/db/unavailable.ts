// The one place that tells "the database is unreachable" from every other failure, and that keeps an outage
// down to one readable log line: the HTTP edge answers such errors 503 (each route in its own shape), the
// workers and the live stream back off and reconnect. Errors arrive in many wrappings: node-postgres' own
// (socket codes, SQLSTATE 57P01 when the server shuts down, its pool's connect timeout), Prisma's (P1001, P1017)
// and the pg driver adapter's, which Prisma carries in meta.driverAdapterError.
import { logger } from "../core/logger";

/** Socket errors of a connection that could not be made or was cut. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/**
 * SQLSTATEs of a server that is going away, starting or overloaded: admin shutdown (57P01), crash shutdown
 * (57P02), cannot connect now (57P03, starting up or shutting down), connection exceptions (class 08), too many
 * connections (53300), and statement timeout (57014: a hung database turns into "unavailable", not a hung request).
 * Prisma says the same with P1001 (unreachable), P1002 (timed out) and P1017 (connection closed).
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "57014", "53300", "08000", "08001", "08003", "08004", "08006"]);

/** node-postgres errors that carry no code: its pool's and client's connect timeouts ("timeout expired"), a cut connection. */
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /^timeout expired$/i,
  /connection terminated/i,
  /connection timeout/i,
  /client has encountered a connection error/i,
  /can't reach database server/i,
  /server closed the connection unexpectedly/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  return reasonFor(error, 0) !== null;
}

/**
 * Plain words for an unavailable database (for health checks and logs), or null when the error is something else.
 * Never the query, the invocation text or the connection string.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  return reasonFor(error, 0);
}

function reasonFor(error: unknown, depth: number): string | null {
  if (depth > 4 || error === null || typeof error !== "object") return null;
  const { code, message, meta, cause } = error as {
    code?: unknown;
    message?: unknown;
    meta?: unknown;
    cause?: unknown;
  };
  if (typeof code === "string") {
    if (code === "57P01" || code === "57P02" || code === "P1017" || code === "08006" || code === "ECONNRESET") {
      return "the database server closed the connection (it is restarting or shutting down)";
    }
    if (SOCKET_CODES.has(code) || code === "P1001") return "the database server cannot be reached";
    if (code === "57P03") return "the database server is starting up or shutting down";
    if (code === "57014" || code === "P1002") return "the database did not answer in time";
    if (code === "53300") return "the database server has no free connections";
    if (SQLSTATES.has(code)) return "the connection to the database failed";
  }
  const adapterCause = (meta as { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } } | undefined)
    ?.driverAdapterError?.cause;
  if (adapterCause) {
    const { kind } = adapterCause;
    if (kind === "DatabaseNotReachable") return "the database server cannot be reached";
    if (kind === "ConnectionClosed")
      return "the database server closed the connection (it is restarting or shutting down)";
    if (kind === "SocketTimeout") return "the database did not answer in time";
    if (kind === "TooManyConnections") return "the database server has no free connections";
    if (kind === "postgres" && typeof adapterCause.code === "string") {
      const nested = reasonFor({ code: adapterCause.code }, depth + 1);
      if (nested) return nested;
    }
  }
  if (typeof message === "string" && MESSAGES.some((pattern) => pattern.test(message))) {
    return /timeout/i.test(message) ? "the database did not answer in time" : "the connection to the database failed";
  }
  if (cause) return reasonFor(cause, depth + 1);
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const nested = reasonFor(inner, depth + 1);
      if (nested) return nested;
    }
  }
  return null;
}

/** Seconds a caller is asked to wait before trying again while the database is unavailable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

const globalForOutage = globalThis as unknown as {
  switchboardDatabaseOutage?: { since: number; reason: string } | null;
};

/**
 * Records that the database is unavailable: the first report of an outage logs one line, later ones until
 * databaseAvailable() stay quiet. Returns the plain-words reason.
 */
export function reportDatabaseUnavailable(error: unknown, where: string): string {
  const reason = databaseUnavailableReason(error) ?? "the database is unavailable";
  if (!globalForOutage.switchboardDatabaseOutage) {
    globalForOutage.switchboardDatabaseOutage = { since: Date.now(), reason };
    logger.warn(`database unavailable: ${reason}; answering 503 and retrying until it is back`, { where });
  }
  return reason;
}

/** Records that a database round trip worked again; logs the end of an outage once. */
export function databaseAvailable(): void {
  const outage = globalForOutage.switchboardDatabaseOutage;
  if (!outage) return;
  globalForOutage.switchboardDatabaseOutage = null;
  logger.warn(`database reachable again after ${((Date.now() - outage.since) / 1000).toFixed(1)} s`);
}

/** The outage this process currently knows of, if any. */
export function currentDatabaseOutage(): { since: number; reason: string } | null {
  return globalForOutage.switchboardDatabaseOutage ?? null;
}
