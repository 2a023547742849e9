// Reads a JSON request body for every route at the HTTP edge: a Content-Length over the cap is refused before a
// byte is read, the stream is cut as soon as it passes the cap (a caller that lies about or omits the length
// still cannot make the server hold more), the bytes must be UTF-8, and the media type must be JSON.
import { readCappedBody } from "../http/read-body";
import { AppError } from "../core/errors";

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;

export const bodyTooLarge = (maxBytes: number) =>
  new AppError("payload_too_large", `The request body is larger than ${formatBytes(maxBytes)}`, { maxBytes });

/** Before reading anything: a declared length over the cap is refused at once. */
export function refuseDeclaredOversize(headers: Pick<Headers, "get">, maxBytes: number): void {
  const declared = Number(headers.get("content-length") ?? 0);
  if (Number.isFinite(declared) && declared > maxBytes) throw bodyTooLarge(maxBytes);
}

/** The body parsed as JSON (an empty body reads as {}), with the text it was parsed from. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ value: unknown; text: string }> {
  refuseDeclaredOversize(request.headers, maxBytes);
  const read = await readCappedBody(request.body, maxBytes, maxBytes, { cancelOnOverflow: false });
  if (read.tooLarge) throw bodyTooLarge(maxBytes);
  return parseJsonBody(read.bytes, request.headers.get("content-type"));
}

/** The rules after reading, shared with the publish fast path, which reads Node's stream itself. */
export function parseJsonBody(bytes: Buffer, contentType: string | null): { value: unknown; text: string } {
  const mediaType = contentType?.split(";")[0]?.trim();
  if (bytes.length === 0) return { value: {}, text: "" };
  if (mediaType && !JSON_MEDIA_TYPE.test(mediaType)) {
    throw new AppError(
      "unsupported_media_type",
      `Send the body as JSON with Content-Type: application/json (got ${mediaType.slice(0, 100)})`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not valid UTF-8");
  }
  if (!text.trim()) return { value: {}, text };
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
}

function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
