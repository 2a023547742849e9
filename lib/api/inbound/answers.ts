// The answers of the inbound URLs (trigger receive and app webhooks): the status for each receipt and the exact
// bodies the documented callers are written against ({"status":"accepted",…}, {"error":"Invalid shared key"}, …),
// kept byte for byte rather than the native API's error shape.
import { AppError } from "../../core/errors";
import { isDatabaseUnavailable, reportDatabaseUnavailable } from "../../db/unavailable";
import type { InboundReceipt, InboundVerdict, RecordedAnswer } from "../../inbound/receipt";

export const answers = {
  accepted: (started: boolean) => ({ status: "accepted", workflow_started: started }),
  notFound: { error: "Webhook not found" },
  invalidKey: { error: "Invalid shared key" },
  invalidSignature: { error: "Invalid signature" },
  invalidFormat: { error: "Invalid request format" },
  tooLarge: { error: "Payload too large" },
  tooMany: { error: "Too many requests" },
  methodNotAllowed: { error: "Method not allowed" },
  unavailable: { error: "Service unavailable" },
  internal: { error: "Internal server error" },
} as const;

export interface InboundAnswer extends RecordedAnswer {
  headers?: Record<string, string>;
}

/** The answer to a verdict; the domain stores it with the event, so a repeated request gets it back. */
export function answerFor(verdict: InboundVerdict): InboundAnswer {
  if (verdict.outcome === "accepted")
    return { status: 200, body: verdict.challenge ?? answers.accepted(verdict.workflowStarted) };
  switch (verdict.reason) {
    case "unknown_endpoint":
      return { status: 404, body: answers.notFound };
    case "too_large":
      return { status: 413, body: answers.tooLarge };
    case "method_not_allowed":
      return { status: 405, body: answers.methodNotAllowed, headers: { allow: (verdict.allow ?? []).join(", ") } };
    case "bad_key":
      return { status: 401, body: answers.invalidKey };
    case "bad_signature":
      return { status: 401, body: answers.invalidSignature };
    case "bad_format":
      return { status: 400, body: answers.invalidFormat };
  }
}

export function answerReceipt(receipt: InboundReceipt): InboundAnswer {
  switch (receipt.outcome) {
    case "not_found":
      return { status: 404, body: answers.notFound };
    case "rate_limited":
      return { status: 429, body: answers.tooMany, headers: { "retry-after": String(receipt.retryAfterSeconds) } };
    case "duplicate":
      return receipt.first;
    default:
      return answerFor(receipt);
  }
}

/**
 * Nothing was stored and the sender should send again: the database is unreachable (reported once per outage), or
 * the group commit the request was part of failed (lib/db/group-commit.ts). Answered 503 with Retry-After.
 */
export function cannotStoreNow(error: unknown, where: string): boolean {
  if (isDatabaseUnavailable(error)) {
    reportDatabaseUnavailable(error, where);
    return true;
  }
  return error instanceof AppError && error.code === "unavailable";
}
