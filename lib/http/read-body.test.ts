// The one body reader's rule, on both stream kinds: all of a body within the limit, the first `keep` bytes of a
// longer one, and a stop (not a read to the end) once the limit is passed.
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readCappedBody } from "./read-body";

const chunks = ["abc", "def", "ghi"].map((text) => Buffer.from(text));
/** A Fetch body stream, one chunk per pull (as a request's arrives). */
function webStream(parts: Buffer[]) {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < parts.length) controller.enqueue(new Uint8Array(parts[next++]!));
      else controller.close();
    },
  });
}

describe("readCappedBody", () => {
  it.each([
    ["a Node stream", () => Readable.from(chunks)],
    ["a web stream", () => webStream(chunks)],
  ])("reads all of %s within the limit", async (_kind, source) => {
    expect(await readCappedBody(source(), 9)).toEqual({
      bytes: Buffer.from("abcdefghi"),
      sizeBytes: 9,
      tooLarge: false,
    });
  });

  it.each([
    ["a Node stream", () => Readable.from(chunks)],
    ["a web stream", () => webStream(chunks)],
  ])("keeps the first bytes of %s and stops once past the limit", async (_kind, source) => {
    const read = await readCappedBody(source(), 5, 4);
    expect(read).toEqual({ bytes: Buffer.from("abcd"), sizeBytes: 6, tooLarge: true });
  });

  it("reads no body as empty", async () => {
    expect(await readCappedBody(null, 10)).toEqual({ bytes: Buffer.alloc(0), sizeBytes: 0, tooLarge: false });
  });

  it("leaves an overlong Node stream paused and open, for the caller to answer on or destroy", async () => {
    const stream = new PassThrough();
    const reading = readCappedBody(stream, 3);
    stream.write("abcd");
    const read = await reading;
    expect(read.tooLarge).toBe(true);
    expect(stream.isPaused()).toBe(true);
    expect(stream.destroyed).toBe(false);
  });

  it("fails when the stream errors or closes before its end", async () => {
    const failing = new PassThrough();
    const failed = readCappedBody(failing, 10);
    failing.destroy(new Error("reset"));
    await expect(failed).rejects.toThrow("reset");

    const closing = new PassThrough();
    const closed = readCappedBody(closing, 10);
    closing.write("ab");
    closing.destroy();
    await expect(closed).rejects.toThrow("before it was complete");
  });
});
