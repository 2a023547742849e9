// UUID v7 (RFC 9562): time-ordered, so new rows land at the end of their indexes. Prisma generates the same
// for its @default(uuid(7)); this is for rows whose id must be known before the insert.
import { randomBytes } from "node:crypto";

export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The webhook-id of an event's deliveries: one message id per event, stable across retries and receivers. */
export function messageIdFor(eventId: string): string {
  return `msg_${eventId.replaceAll("-", "")}`;
}
