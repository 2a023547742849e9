// "Copy as cURL": a request Switchboard sent (or would send), as a bash command that sends it again. Secrets are
// stored as "[redacted]", so they become variables the user fills in the lines above the command; the Standard
// Webhooks signature is recomputed with openssl from $SWITCHBOARD_SECRET and a fresh timestamp, so a receiver that
// verifies signatures (and refuses ones older than 5 minutes) accepts the copy.
import { ansiCQuote, OPENSSL_HMAC_BASE64, OPENSSL_KEY_HEX_LINES, shellLiteral, singleQuote } from "./shell-quote";

export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  bodyTruncated?: boolean;
}

/** What the server stores in place of a secret (lib/connectors/build-request.ts REDACTED). */
const REDACTED = "[redacted]";
/** curl computes these itself from what it sends. */
const FRAMING_HEADERS = new Set(["content-length", "host", "transfer-encoding", "connection"]);
const SIGNATURE_VARIABLES = new Set([
  "SWITCHBOARD_SECRET",
  "WEBHOOK_ID",
  "WEBHOOK_TIMESTAMP",
  "WEBHOOK_SIGNATURE",
  "BODY",
  "KEY_HEX",
]);

export function toCurl(request: CurlRequest): string {
  const variables = new VariableNames();
  const fills: string[] = [];
  const fill = (name: string, label: string) => {
    const variable = variables.claim(name);
    // Keeps a value already exported in the shell; otherwise the user replaces the placeholder on this line.
    fills.push(`${variable}="\${${variable}:-FILL_IN}"  # ${label}`);
    return variable;
  };

  const headerEntries = Object.entries(request.headers).filter(([name]) => !FRAMING_HEADERS.has(name.toLowerCase()));
  const find = (name: string) => headerEntries.find(([key]) => key.toLowerCase() === name)?.[1];
  const signed = find("webhook-signature") === REDACTED && find("webhook-id") !== undefined;

  const setup: string[] = [];
  if (signed) {
    fills.push(
      `SWITCHBOARD_SECRET="\${SWITCHBOARD_SECRET:-whsec_FILL_IN}"  # the connector's signing secret (Events tab)`,
    );
    setup.push(`WEBHOOK_ID=${singleQuote(find("webhook-id")!)}`);
    setup.push("WEBHOOK_TIMESTAMP=$(date +%s)  # now: receivers refuse signatures older than 5 minutes");
  }
  const hasBody = request.body !== null && request.body !== "" && request.method !== "HEAD";
  if (hasBody) setup.push(`BODY=${ansiCQuote(request.body!)}`);
  if (signed) {
    const signedContent = hasBody ? `"$WEBHOOK_ID.$WEBHOOK_TIMESTAMP.$BODY"` : `"$WEBHOOK_ID.$WEBHOOK_TIMESTAMP."`;
    setup.push(...OPENSSL_KEY_HEX_LINES);
    setup.push(`WEBHOOK_SIGNATURE="v1,$(printf '%s' ${signedContent} \\\n  | ${OPENSSL_HMAC_BASE64})"`);
  }

  const url = urlWord(request.url, (param) => fill(param, `the secret query parameter "${param}", URL-encoded`));
  const globoff = /[[\]{}]/.test(request.url.replaceAll(REDACTED, "")) ? " --globoff" : "";
  const lines = [
    request.method === "HEAD" ? `curl${globoff} --head ${url}` : `curl${globoff} -X ${request.method} ${url}`,
  ];
  for (const [name, value] of headerEntries) {
    const lower = name.toLowerCase();
    if (signed && lower === "webhook-id") lines.push(`  -H ${singleQuote(`${name}: `)}"$WEBHOOK_ID"`);
    else if (signed && lower === "webhook-timestamp")
      lines.push(`  -H ${singleQuote(`${name}: `)}"$WEBHOOK_TIMESTAMP"`);
    else if (signed && lower === "webhook-signature")
      lines.push(`  -H ${singleQuote(`${name}: `)}"$WEBHOOK_SIGNATURE"`);
    else if (value === REDACTED) {
      const hint =
        lower === "authorization" ? "the whole Authorization value, e.g. Bearer <token>" : `the ${name} header`;
      lines.push(`  -H ${singleQuote(`${name}: `)}"$${fill(name, hint)}"`);
    } else lines.push(`  -H ${shellLiteral(`${name}: ${value}`)}`);
  }
  // --data-raw: unlike --data and --data-binary, a body starting with "@" is not read as a file name.
  if (hasBody) lines.push(`  --data-raw "$BODY"`);

  const notes: string[] = [];
  if (fills.length > 0)
    notes.push("# Secrets are not stored with the request: fill them in below (or export them first).");
  if (request.bodyTruncated) notes.push("# The stored body was truncated: this sends only the part Switchboard kept.");
  return [...notes, ...fills, ...setup, lines.join(" \\\n")].join("\n");
}

/**
 * The URL as one shell word. A secret query parameter (stored as name=[redacted]) becomes a variable; the literal
 * parts stay single-quoted, so "$" or "&" in them mean nothing to the shell.
 */
function urlWord(url: string, variableFor: (param: string) => string): string {
  const parts: string[] = [];
  let rest = url;
  const pattern = /([?&])([^=&#]*)=\[redacted\]/;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    const end = match.index + match[0].length;
    parts.push(singleQuote(rest.slice(0, end - REDACTED.length)), `"$${variableFor(decodeParam(match[2]!))}"`);
    rest = rest.slice(end);
  }
  if (rest !== "" || parts.length === 0) parts.push(singleQuote(rest));
  return parts.join("");
}

function decodeParam(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll("+", " "));
  } catch {
    return name;
  }
}

/** Shell variable names from header and parameter names: upper snake case, unique, clear of the ones used above. */
class VariableNames {
  private readonly taken = new Set(SIGNATURE_VARIABLES);

  claim(name: string): string {
    let base =
      name
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "") || "SECRET";
    if (/^[0-9]/.test(base)) base = `_${base}`;
    let candidate = base;
    for (let index = 2; this.taken.has(candidate); index += 1) candidate = `${base}_${index}`;
    this.taken.add(candidate);
    return candidate;
  }
}
