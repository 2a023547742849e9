// Rate limits shared by every process through PostgreSQL (the RateLimitBucket table), one idea per file: fixed
// windows (and the upsert fragment the event store reuses), sliding limits, and the send slots that pace connectors.
export type { RateLimitResult } from "./rate-limit-result";
export { consumeRateLimit, refundRateLimit } from "./fixed-window";
export { consumeSlidingLimit } from "./sliding-limit";
export { reserveSendSlot } from "./send-slot";
