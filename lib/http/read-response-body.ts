// Reads a receiver's response body without trusting its size: keeps the first STORED_BODY_BYTES for storage and stops
// reading (destroying the stream, which aborts the connection) once MAX_READ_BYTES have arrived. The reading itself
// is the one body reader's (lib/http/read-body.ts); this adds what a stored response needs.
import type { Readable } from "node:stream";
import { readCappedBody } from "./read-body";
import { MAX_READ_BYTES, STORED_BODY_BYTES } from "./types";

export interface ReadBody {
  body: string;
  truncated: boolean;
  sizeBytes: number;
  tooLarge: boolean;
}

export async function readResponseBody(stream: Readable, declaredLength: number | null): Promise<ReadBody> {
  if (declaredLength !== null && declaredLength > MAX_READ_BYTES) {
    stream.destroy();
    return { body: "", truncated: true, sizeBytes: 0, tooLarge: true };
  }
  const read = await readCappedBody(stream, MAX_READ_BYTES, STORED_BODY_BYTES);
  if (read.tooLarge) stream.destroy();
  // A cut inside a multi-byte character decodes as U+FFFD; acceptable for a stored preview.
  return {
    body: read.bytes.toString("utf8"),
    truncated: read.sizeBytes > read.bytes.length,
    sizeBytes: read.sizeBytes,
    tooLarge: read.tooLarge,
  };
}
