// The HTTP face of the domain's errors: one code → status map, and the one error body every /api/v1 route answers,
// { error: { code, message, details } }.
import { AppError, type ErrorCode } from "../core/errors";
import { isDatabaseUnavailable, reportDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../db/unavailable";

export const errorStatus: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  idempotency_key_reused: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  headers_too_large: 431,
  rate_limited: 429,
  internal_error: 500,
  unavailable: 503,
};

export const statusOf = (error: AppError): number => errorStatus[error.code];

/** The database cannot be reached: 503 with Retry-After, whatever the route was doing. */
export const unavailable = (reason: string) =>
  new AppError(
    "unavailable",
    `Switchboard cannot reach its database (${reason}); try again shortly`,
    null,
    UNAVAILABLE_RETRY_AFTER_SECONDS,
  );

/**
 * The edge's view of an error thrown below it: AppErrors as they are, an unreachable database as `unavailable`
 * (reported once per outage, not logged per request), anything else null for the caller's own last resort.
 */
export function knownAppError(error: unknown, where: string): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return unavailable(reportDatabaseUnavailable(error, where));
  return null;
}

/** Serialises an error the way every /api/v1 route answers: unknown errors say nothing of their internals. */
export function errorBody(error: AppError | { code: "internal_error"; message: string; details?: unknown }) {
  return { error: { code: error.code, message: error.message, details: error.details ?? null } };
}
