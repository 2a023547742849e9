// The one body reader: a receiver's response in the outbound executor (read-response-body.ts) and a request body
// at the HTTP edge (Node's IncomingMessage on the receive fast path, a Fetch Request's stream in route handlers) are
// read by the same rule — never trust a declared size, keep at most `keep` bytes, stop as soon as more than `limit`
// have arrived — so a sender that lies about (or omits) Content-Length cannot make us hold an unbounded body. It
// lives with the outbound executor, the lowest floor that reads bodies, and imports nothing of lib/.
import type { Readable } from "node:stream";

export interface CappedBody {
  /** The first `keep` bytes (all of them when the body fit). */
  bytes: Buffer;
  /** Bytes that arrived, counting those past `keep` (at most one chunk past `limit`). */
  sizeBytes: number;
  /** More than `limit` bytes arrived: reading stopped there. */
  tooLarge: boolean;
}

/**
 * Reads `source` up to `limit` bytes. On overflow a Node stream is only paused and left to the caller, who either
 * still answers on its socket (a request) or destroys it (a response). A web stream is cancelled, unless it is a
 * request's (`cancelOnOverflow: false`): cancelling a request's body closes its connection before the 413 is
 * written, and the client sees a reset instead of the answer; left unread, it is paused by backpressure.
 */
export function readCappedBody(
  source: Readable | ReadableStream<Uint8Array> | null,
  limit: number,
  keep: number = limit,
  { cancelOnOverflow = true }: { cancelOnOverflow?: boolean } = {},
): Promise<CappedBody> {
  if (!source) return Promise.resolve({ bytes: Buffer.alloc(0), sizeBytes: 0, tooLarge: false });
  return isWebStream(source)
    ? readWebStream(source, limit, keep, cancelOnOverflow)
    : readNodeStream(source, limit, keep);
}

const isWebStream = (source: Readable | ReadableStream<Uint8Array>): source is ReadableStream<Uint8Array> =>
  typeof (source as ReadableStream<Uint8Array>).getReader === "function";

/** Collects chunks up to `keep` bytes; shared by both stream kinds so the rule is written once. */
class Collector {
  private readonly chunks: Uint8Array[] = [];
  private kept = 0;
  sizeBytes = 0;

  constructor(private readonly keep: number) {}

  add(chunk: Uint8Array): void {
    this.sizeBytes += chunk.byteLength;
    if (this.kept >= this.keep) return;
    const part = this.kept + chunk.byteLength <= this.keep ? chunk : chunk.subarray(0, this.keep - this.kept);
    this.chunks.push(part);
    this.kept += part.byteLength;
  }

  body(tooLarge: boolean): CappedBody {
    const bytes = this.chunks.length === 1 ? toBuffer(this.chunks[0]!) : Buffer.concat(this.chunks, this.kept);
    return { bytes, sizeBytes: this.sizeBytes, tooLarge };
  }
}

const toBuffer = (chunk: Uint8Array) =>
  Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

// Listeners, not `for await`: the receive fast path reads every body here, and one promise per body costs less than
// one per chunk. Breaking out of `for await` would also destroy the request and with it the socket the 413 goes on.
function readNodeStream(stream: Readable, limit: number, keep: number): Promise<CappedBody> {
  return new Promise((resolve, reject) => {
    const collector = new Collector(keep);
    let settled = false;
    stream.on("data", (chunk: Buffer | string) => {
      if (settled) return;
      collector.add(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      if (collector.sizeBytes > limit) {
        settled = true;
        stream.pause();
        resolve(collector.body(true));
      }
    });
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(collector.body(false));
    });
    stream.on("error", (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    // A stream closed before its end (and without an error) would otherwise leave the read waiting forever.
    stream.on("close", () => {
      if (settled) return;
      settled = true;
      reject(new Error("the body ended before it was complete"));
    });
  });
}

async function readWebStream(
  stream: ReadableStream<Uint8Array>,
  limit: number,
  keep: number,
  cancelOnOverflow: boolean,
): Promise<CappedBody> {
  const reader = stream.getReader();
  const collector = new Collector(keep);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return collector.body(false);
    collector.add(value);
    if (collector.sizeBytes > limit) {
      if (cancelOnOverflow) await reader.cancel();
      else reader.releaseLock();
      return collector.body(true);
    }
  }
}
