// The PostgreSQL NOTIFY channel that wakes delivery workers when deliveries are due now.
export const DELIVERY_CHANNEL = "switchboard_deliveries";
