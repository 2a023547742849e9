// The PostgreSQL NOTIFY channels: one wakes delivery workers when deliveries are due now, one tells live views
// (Server-Sent Events) that events arrived.
export const DELIVERY_CHANNEL = "switchboard_deliveries";
export const STREAM_CHANNEL = "switchboard_stream";
