// What receiving an inbound request came to, in the domain's words: the trigger and app-webhook receive functions
// return it, and the HTTP edge (lib/api/inbound) maps it to a status and the documented body. The answer given is
// also stored on the event (an idempotent repeat gets it back), so the domain asks the edge for it as data.

/** Why a request started nothing. The first two are decided before anything is stored. */
export type RefusalReason =
  "unknown_endpoint" | "too_large" | "method_not_allowed" | "bad_key" | "bad_signature" | "bad_format";

/** The verdict on one request, before it is stored. */
export type InboundVerdict =
  | {
      outcome: "accepted";
      workflowStarted: boolean;
      /** A handshake's reply (Slack's url_verification). */ challenge?: unknown;
    }
  | {
      outcome: "refused";
      reason: RefusalReason;
      /** The methods that are allowed, for a wrong one. */ allow?: readonly string[];
    };

/** The answer recorded on the event as it was given: opaque to the domain, written by the edge. */
export interface RecordedAnswer {
  status: number;
  body: unknown;
}

/** How the edge answers a verdict: the domain records that answer with the event. */
export type AnswerFor = (verdict: InboundVerdict) => RecordedAnswer;

/** The result of a receive: the verdict as stored, or why nothing was stored. */
export type InboundReceipt =
  | (InboundVerdict & { eventId: string })
  | { outcome: "not_found" }
  | { outcome: "rate_limited"; retryAfterSeconds: number }
  /** A repeat of an earlier request (same idempotency key): gets the first answer again. */
  | { outcome: "duplicate"; first: RecordedAnswer };
