// What a worker writes back for one claimed delivery: its outcome (done, retry later, postponed, cancelled) and
// the attempt record with the request as stored (secrets already redacted) and the response.
import type { OutboundResult } from "../http/types";
import type { RedactedRequest } from "../connectors/build-request";
import type { AttemptRecord, ClaimedDelivery, DeliveryOutcome } from "./queue";

export function finalOutcome(
  delivery: ClaimedDelivery,
  status: "succeeded" | "dead",
  lastStatus: number | null,
  errorCode: string | null,
  errorMessage: string | null,
): DeliveryOutcome {
  return {
    id: delivery.id,
    status,
    attemptCount: delivery.attemptNumber,
    nextAttemptAt: null,
    rateSlotAt: null,
    lastStatus,
    lastErrorCode: errorCode,
    lastErrorMessage: errorMessage,
    completed: true,
  };
}

/** Failed this time; tried again after `delayMs`. */
export function retryLater(delivery: ClaimedDelivery, delayMs: number, result: OutboundResult): DeliveryOutcome {
  return {
    id: delivery.id,
    status: "failed",
    attemptCount: delivery.attemptNumber,
    nextAttemptAt: new Date(Date.now() + delayMs),
    rateSlotAt: null,
    lastStatus: result.status,
    lastErrorCode: result.error?.code ?? null,
    lastErrorMessage: result.error?.message ?? null,
    completed: false,
  };
}

/** Nothing could be sent: the templates need variables this call does not have. Kept until retried. */
export function templateFailed(delivery: ClaimedDelivery, message: string): DeliveryOutcome {
  return {
    ...finalOutcome(delivery, "dead", null, "template_error", message),
    status: "template_error",
    attemptCount: delivery.attemptNumber - 1,
  };
}

export function cancelled(delivery: ClaimedDelivery, reason: string): DeliveryOutcome {
  return { ...finalOutcome(delivery, "dead", null, "cancelled", reason), status: "cancelled", attemptCount: delivery.attemptNumber - 1 };
}

/** Dead without a request made: what kept failing before the send is in `message`. */
export function gaveUp(delivery: ClaimedDelivery, message: string): DeliveryOutcome {
  return { ...finalOutcome(delivery, "dead", null, "internal_error", message), attemptCount: delivery.attemptNumber - 1 };
}

/** Back to the queue untried: due again at `at`, holding a reserved rate-limit slot when given one. */
export function postponed(delivery: ClaimedDelivery, at: Date, rateSlotAt: Date | null = null): DeliveryOutcome {
  return {
    id: delivery.id,
    status: delivery.attemptNumber > 1 ? "failed" : "pending",
    attemptCount: delivery.attemptNumber - 1,
    nextAttemptAt: at,
    rateSlotAt,
    lastStatus: null,
    lastErrorCode: null,
    lastErrorMessage: null,
    completed: false,
  };
}

/** PostgreSQL text cannot hold NUL characters; a response body may. */
const clean = (text: string | null) => (text ? text.replaceAll("\u0000", "\uFFFD") : text);
const cleanHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, clean(value) ?? ""]));

export function attemptRecord(delivery: ClaimedDelivery, stored: RedactedRequest, result: OutboundResult): AttemptRecord {
  return {
    deliveryId: delivery.id,
    number: delivery.attemptNumber,
    startedAt: result.startedAt,
    durationMs: Math.round(result.durationMs),
    requestMethod: stored.method,
    requestUrl: stored.url,
    requestHeaders: cleanHeaders(stored.headers),
    requestBody: clean(stored.body),
    requestBodyTruncated: stored.bodyTruncated,
    responseStatus: result.status,
    responseHeaders: result.status === null ? null : cleanHeaders(result.headers),
    responseBody: result.status === null ? null : clean(result.body),
    responseBodyTruncated: result.bodyTruncated,
    responseSizeBytes: result.status === null ? null : result.sizeBytes,
    errorCode: result.error?.code ?? null,
    errorMessage: result.error?.message ?? null,
    succeeded: result.ok,
  };
}
