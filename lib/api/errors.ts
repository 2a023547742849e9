// One error shape for the native API: { error: { code, message, details } }, with the code → status map here.
import { z } from "zod";
import { isDatabaseUnavailable, reportDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from "../db/unavailable";

export const errorStatus = {
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
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Seconds, sent as Retry-After (rate_limited, unavailable). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** The database cannot be reached: 503 with Retry-After, whatever the route was doing. */
export const unavailable = (reason: string) =>
  new ApiError(
    "unavailable",
    `Switchboard cannot reach its database (${reason}); try again shortly`,
    null,
    UNAVAILABLE_RETRY_AFTER_SECONDS,
  );

export const notFound = (what: string) => new ApiError("not_found", `${what} not found`);
export const forbidden = (message = "Your role does not allow this action") => new ApiError("forbidden", message);

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

export function validationError(error: z.ZodError, what = "request"): ApiError {
  const issues = fieldIssues(error);
  const first = issues[0];
  const summary = first ? `${first.path ? first.path + ": " : ""}${first.message}` : "invalid input";
  return new ApiError("validation_failed", `Invalid ${what}: ${summary}`, issues);
}

/**
 * The edge's view of an error thrown below it: ApiErrors as they are, an unreachable database as `unavailable`
 * (reported once per outage, not logged per request), anything else null for the caller's own last resort.
 */
export function knownApiError(error: unknown, where: string): ApiError | null {
  if (error instanceof ApiError) return error;
  if (isDatabaseUnavailable(error)) return unavailable(reportDatabaseUnavailable(error, where));
  return null;
}

/** Serialises an error the way every /api/v1 route answers: unknown errors say nothing of their internals. */
export function errorBody(error: ApiError | { code: "internal_error"; message: string; details?: unknown }) {
  return { error: { code: error.code, message: error.message, details: error.details ?? null } };
}
