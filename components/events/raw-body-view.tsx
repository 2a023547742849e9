"use client";
// The exact bytes an event's request carried: as text when they are UTF-8 text, otherwise as a hex dump with a note
// saying why, and a download of the bytes themselves either way (built from rawBodyBase64, which holds every byte).
import { Button } from "../ui/button";
import { CodeBlock } from "../ui/code-block";
import { formatBytes } from "../ui/format-bytes";

/** A hex dump longer than this is cut; the download still holds everything. */
const HEX_DUMP_BYTES = 16 * 1024;

interface RawBodyViewProps {
  eventId: string;
  rawBody: string | null;
  rawBodyBase64: string | null;
  contentType: string | null;
}

export function RawBodyView({ eventId, rawBody, rawBodyBase64, contentType }: RawBodyViewProps) {
  if (rawBodyBase64 === null) {
    return (
      <p className="text-sm text-slate-500">
        Not kept: the request was refused before its body was read or authenticated.
      </p>
    );
  }
  const bytes = decodeBase64(rawBodyBase64);
  if (bytes.length === 0) return <p className="text-sm text-slate-500">Empty body</p>;
  const download = (
    <Button variant="secondary" size="sm" onClick={() => downloadBytes(bytes, contentType, `event-${eventId}.bin`)}>
      Download exact bytes ({formatBytes(bytes.length)})
    </Button>
  );
  if (rawBody !== null) {
    return (
      <div className="space-y-3">
        <CodeBlock label="Raw body" code={rawBody} wrap className="max-h-96 overflow-y-auto" />
        {download}
      </div>
    );
  }
  const shown = bytes.subarray(0, HEX_DUMP_BYTES);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        These bytes are not UTF-8 text (or hold NUL bytes), so they are shown in hexadecimal. They are stored exactly as
        received and replays send them unchanged.
        {shown.length < bytes.length && ` The first ${formatBytes(shown.length)} are shown; download the rest.`}
      </p>
      <CodeBlock label="Raw body (hex)" code={hexDump(shown)} className="max-h-96 overflow-y-auto" />
      {download}
    </div>
  );
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** 16 bytes a line: offset, hex, and the printable ASCII beside it. */
export function hexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 16) {
    const row = Array.from(bytes.subarray(offset, offset + 16));
    const hex = row.map((byte) => byte.toString(16).padStart(2, "0")).join(" ");
    const ascii = row.map((byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : ".")).join("");
    lines.push(`${offset.toString(16).padStart(8, "0")}  ${hex.padEnd(47)}  ${ascii}`);
  }
  return lines.join("\n");
}

function downloadBytes(bytes: Uint8Array, contentType: string | null, filename: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: contentType ?? "application/octet-stream" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
