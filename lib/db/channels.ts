// The PostgreSQL NOTIFY channels: one wakes delivery workers when deliveries are due now, one tells live views
// (Server-Sent Events) that events arrived, one tells them that deliveries of a workspace changed status (its
// payload is the workspace id, so only that workspace's views refresh), and two tell every process that what it
// cached (token rights, publish plans) has changed.
export const DELIVERY_CHANNEL = "switchboard_deliveries";
export const STREAM_CHANNEL = "switchboard_stream";
export const DELIVERY_STATUS_CHANNEL = "switchboard_delivery_status";
/**
 * Sent by database triggers (migration 20261130080000_token_auth_notify) when a token is revoked, re-roled or
 * deleted, or its creator demoted, disabled or deleted: processes drop their cached token lookups.
 */
export const TOKEN_AUTH_CHANNEL = "switchboard_token_auth";
/**
 * Sent by database triggers (migration 20261130081000_publish_plan_notify) when an event type, a subscription or a
 * connector's delivery settings change: processes drop their cached publish plans (lib/events/publish-plan.ts).
 */
export const PUBLISH_PLAN_CHANNEL = "switchboard_publish_plans";
