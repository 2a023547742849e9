// The PostgreSQL NOTIFY channel that tells live views (Server-Sent Events) that events arrived.
export const STREAM_CHANNEL = "switchboard_stream";
