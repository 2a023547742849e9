// Reads a response body without trusting its size: keeps the first STORED_BODY_BYTES for storage and stops
// reading (destroying the stream, which aborts the connection) once MAX_READ_BYTES have arrived.
import type { Readable } from "node:stream";
import { MAX_READ_BYTES, STORED_BODY_BYTES } from "./types";

export interface ReadBody {
  body: string;
  truncated: boolean;
  sizeBytes: number;
  tooLarge: boolean;
}

export async function readCappedBody(stream: Readable, declaredLength: number | null): Promise<ReadBody> {
  if (declaredLength !== null && declaredLength > MAX_READ_BYTES) {
    stream.destroy();
    return { body: "", truncated: true, sizeBytes: 0, tooLarge: true };
  }
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let sizeBytes = 0;
  let tooLarge = false;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    sizeBytes += buffer.length;
    if (keptBytes < STORED_BODY_BYTES) {
      const slice = buffer.subarray(0, STORED_BODY_BYTES - keptBytes);
      kept.push(slice);
      keptBytes += slice.length;
    }
    if (sizeBytes > MAX_READ_BYTES) {
      tooLarge = true;
      stream.destroy();
      break;
    }
  }
  // A cut inside a multi-byte character decodes as U+FFFD; acceptable for a stored preview.
  return { body: Buffer.concat(kept).toString("utf8"), truncated: sizeBytes > keptBytes, sizeBytes, tooLarge };
}
