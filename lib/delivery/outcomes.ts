// What a worker decides for one claimed delivery: its outcome (done, retry later, postponed, cancelled), written
// back by lib/delivery/record-results.ts.
import type { OutboundResult } from "../http/types";
import type { ClaimedDelivery } from "./queue";
import type { DeliveryOutcome } from "./record-results";

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
  return {
    ...finalOutcome(delivery, "dead", null, "cancelled", reason),
    status: "cancelled",
    attemptCount: delivery.attemptNumber - 1,
  };
}

/** Dead without a request made: what kept failing before the send is in `message`. */
export function gaveUp(delivery: ClaimedDelivery, message: string): DeliveryOutcome {
  return {
    ...finalOutcome(delivery, "dead", null, "internal_error", message),
    attemptCount: delivery.attemptNumber - 1,
  };
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
