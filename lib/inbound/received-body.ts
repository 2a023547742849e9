// How a received body is kept so that every byte comes back: as text (`rawBody`) when its bytes are UTF-8 that
// PostgreSQL text can hold — the exact bytes are then the UTF-8 encoding of that text — and otherwise as the bytes
// themselves (`rawBytes`, bytea). One copy, never lossy. The parsed form goes to `body` (jsonb) only when jsonb can
// hold it; otherwise `bodyRawOnly` says the body lives in its raw form alone.
import { isUtf8 } from "node:buffer";
import { jsonbCanHold } from "../db/jsonb-safe";
import { parseInboundBody } from "./parse-body";

export interface KeptBody {
  rawBody: string | null;
  rawBytes: Buffer | null;
  body: unknown;
  bodyRawOnly: boolean;
}

export function keptRawBody(bytes: Buffer): Pick<KeptBody, "rawBody" | "rawBytes"> {
  if (isUtf8(bytes) && !bytes.includes(0)) return { rawBody: bytes.toString("utf8"), rawBytes: null };
  return { rawBody: null, rawBytes: bytes };
}

/** The raw forms of `bytes` and, when `parsed` is given, the parsed value if jsonb can hold it. */
export function keptBody(bytes: Buffer, parsed: { value: unknown } | null): KeptBody {
  const storable = parsed === null || jsonbCanHold(parsed.value);
  return { ...keptRawBody(bytes), body: parsed && storable ? parsed.value : null, bodyRawOnly: !storable };
}

/** The exact bytes of a stored body; null when none was kept. */
export function exactBodyBytes(event: { rawBody: string | null; rawBytes: Uint8Array | null }): Buffer | null {
  if (event.rawBytes) return Buffer.from(event.rawBytes);
  return event.rawBody === null ? null : Buffer.from(event.rawBody, "utf8");
}

/** The parsed body of a stored event: `body`, or for a body jsonb could not hold, parsed again from its exact bytes. */
export function storedBodyValue(event: {
  body: unknown;
  bodyRawOnly: boolean;
  rawBody: string | null;
  rawBytes: Uint8Array | null;
  contentType: string | null;
}): unknown {
  const bytes = event.bodyRawOnly ? exactBodyBytes(event) : null;
  if (!bytes) return event.body;
  const parsed = parseInboundBody(event.contentType ?? undefined, bytes);
  return parsed.ok ? parsed.value : event.body;
}
