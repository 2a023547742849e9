// UUID v7 (RFC 9562): time-ordered, so new rows land at the end of their indexes. Prisma generates the same
// for its @default(uuid(7)); this is for rows whose id must be known before the insert.
import { randomFillSync } from "node:crypto";

// Random bytes drawn 4 KiB at a time (as Node's randomUUID does): one call into the CSPRNG per id was a visible
// share of a publish's CPU. Each id copies its 16 bytes out, so no two ids share random bytes.
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let poolNext = POOL_IDS;

function randomSixteen(): Buffer {
  if (poolNext === POOL_IDS) {
    randomFillSync(pool);
    poolNext = 0;
  }
  const start = 16 * poolNext++;
  return Buffer.from(pool.subarray(start, start + 16));
}

export function uuidv7(now = Date.now()): string {
  const bytes = randomSixteen();
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
