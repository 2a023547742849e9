// The error the domain throws: a code that says what went wrong, a message for people, optional details. The HTTP
// edge (lib/api/errors.ts) maps each code to a status; nothing here knows about HTTP.
import { z } from "zod";

export const errorCodes = [
  "validation_failed",
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "request_timeout",
  "conflict",
  "idempotency_key_reused",
  "payload_too_large",
  "unsupported_media_type",
  "headers_too_large",
  "rate_limited",
  "internal_error",
  "unavailable",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Seconds the caller should wait before trying again (rate_limited, unavailable). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const forbidden = (message = "Your role does not allow this action") => new AppError("forbidden", message);

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

export function validationError(error: z.ZodError, what = "request"): AppError {
  const issues = fieldIssues(error);
  const first = issues[0];
  const summary = first ? `${first.path ? first.path + ": " : ""}${first.message}` : "invalid input";
  return new AppError("validation_failed", `Invalid ${what}: ${summary}`, issues);
}
