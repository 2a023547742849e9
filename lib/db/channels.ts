// The PostgreSQL NOTIFY channels: one wakes delivery workers when deliveries are due now, one tells live views
// (Server-Sent Events) that events arrived, one tells them that deliveries of a workspace changed status (its
// payload is the workspace id, so only that workspace's views refresh).
export const DELIVERY_CHANNEL = "switchboard_deliveries";
export const STREAM_CHANNEL = "switchboard_stream";
export const DELIVERY_STATUS_CHANNEL = "switchboard_delivery_status";
