// What storing an inbound event came to, as the receipt the trigger and app-webhook receive paths return
// (lib/inbound/receipt.ts); one place for both, and the one place that tells the listeners a request was stored.
import { DELIVERY_CHANNEL, STREAM_CHANNEL } from "../db/channels";
import { notifySoon } from "../db/notify-soon";
import type { InboundReceipt, InboundVerdict } from "../inbound/receipt";
import type { StoreResult } from "./store-event";

/** Tells the listeners after the caller is answered: the NOTIFY is coalesced and deferred (lib/db/notify-soon.ts). */
export function receiptOf(result: StoreResult, verdict: InboundVerdict, eventId: string): InboundReceipt {
  if (result.outcome === "rate_limited") return result;
  // Receiving stores without an API token to re-check, so this outcome cannot come back here.
  if (result.outcome === "token_refused") throw new Error("an inbound request was stored with an API token check");
  if (result.outcome === "duplicate")
    return { outcome: "duplicate", first: { status: result.responseStatus, body: result.responseBody } };
  if (result.deliveries > 0) notifySoon(DELIVERY_CHANNEL);
  notifySoon(STREAM_CHANNEL);
  return { ...verdict, eventId };
}
