// The PostgreSQL NOTIFY channels: one wakes delivery workers when deliveries are due now, one tells live views
// (Server-Sent Events) that events arrived, one tells every process that what an API token may do has changed.
export const DELIVERY_CHANNEL = "switchboard_deliveries";
export const STREAM_CHANNEL = "switchboard_stream";
/**
 * Sent by database triggers (migration 20261130080000_token_auth_notify) when a token is revoked, re-roled or
 * deleted, or its creator demoted, disabled or deleted: processes drop their cached token lookups.
 */
export const TOKEN_AUTH_CHANNEL = "switchboard_token_auth";
