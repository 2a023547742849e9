// Turns a received body into the value stored under the trigger's body variable: JSON and forms become
// objects, everything else (text, XML, unknown types) stays text. Only invalid JSON is refused.
import { addField, type Fields } from "./fields";

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

export function parseInboundBody(contentType: string | undefined, raw: Buffer): ParsedBody {
  if (raw.length === 0) return { ok: true, value: null };
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  const text = raw.toString("utf8");
  if (type === "application/json" || type.endsWith("+json")) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false };
    }
  }
  if (type === "application/x-www-form-urlencoded") return { ok: true, value: formToObject(text) };
  return { ok: true, value: text };
}

/** Repeated fields become arrays, so nothing a form sends is lost. */
function formToObject(text: string): Fields {
  const fields: Fields = {};
  for (const [name, value] of new URLSearchParams(text)) addField(fields, name, value);
  return fields;
}
