// Turns a connector (secrets decrypted) and variables into the exact outbound request, plus the copy we store and
// show: identical except that credentials and signatures read "[redacted]".
import { standardWebhookHeaders } from "../crypto/standard-webhooks";
import { STORED_BODY_BYTES, setDefaultUserAgent, type OutboundRequest } from "../http";
import { TemplateRenderer, stringifyValue } from "../templates";

export type ResolvedAuth =
  | { type: "none" }
  | { type: "basic"; username: string; password: string }
  | { type: "bearer"; token: string }
  | { type: "app_secret"; appSecret: string }
  | { type: "custom_header"; name: string; value: string };

export interface ResolvedConnector {
  url: string;
  method: string;
  bodyType: "json" | "text" | "form" | "none";
  bodyTemplate: string | null;
  auth: ResolvedAuth;
  headers: { name: string; value: string; secret: boolean }[];
  queryParams: { name: string; value: string; secret: boolean }[];
  timeoutMs: number;
  followRedirects: boolean;
  /** Current signing secret first, then a rotated-out one still in its grace period. */
  signingSecrets: string[];
  /** The /api/webhooks `token`, sent as VERIFICATION_TOKEN_HEADER so the receiver can tell the call is ours. */
  verificationToken?: string | null;
}

/** The header that carries a connector's verification token on every call (README: /api/webhooks). */
export const VERIFICATION_TOKEN_HEADER = "X-Webhook-Token";

export interface RedactedRequest {
  method: string;
  /** Secret query parameters read "[redacted]". */
  url: string;
  headers: Record<string, string>;
  body: string | null;
  bodyTruncated: boolean;
}

export const REDACTED = "[redacted]";

/** A body sent as received instead of rendered: the exact bytes of the event that caused the call. */
export interface ExactBody {
  bytes: Buffer;
  /** Sent as Content-Type unless the connector sets its own; null falls back to the connector's body type. */
  contentType: string | null;
}

const CONTENT_TYPES = {
  json: "application/json",
  text: "text/plain; charset=utf-8",
  form: "application/x-www-form-urlencoded",
} as const;

/** Throws TemplateError (listing every missing variable) before anything is sent. */
export function buildConnectorRequest(
  connector: ResolvedConnector,
  variables: unknown,
  messageId: string,
  allowlist: string[],
  exactBody?: ExactBody,
): { request: OutboundRequest; redacted: RedactedRequest; redactUrl: (url: string) => string } {
  const renderer = new TemplateRenderer(variables);
  const { url, redactedUrl, secretParams } = renderUrl(renderer, connector);
  const headers: Record<string, string> = {};
  const secretNames = new Set<string>();
  for (const header of connector.headers) {
    headers[header.name] = renderer.text(header.value);
    if (header.secret) secretNames.add(header.name.toLowerCase());
  }
  const body: string | Buffer | undefined = exactBody ? exactBody.bytes : renderBody(renderer, connector);
  renderer.finish();

  if (body !== undefined && !hasHeader(headers, "content-type") && connector.bodyType !== "none") {
    headers["Content-Type"] = exactBody?.contentType ?? CONTENT_TYPES[connector.bodyType];
  }
  const auth = connector.auth;
  if (auth.type === "basic") {
    headers["Authorization"] = `Basic ${Buffer.from(`${auth.username}:${auth.password}`, "utf8").toString("base64")}`;
  } else if (auth.type === "bearer") {
    headers["Authorization"] = `Bearer ${auth.token}`;
  } else if (auth.type === "app_secret") {
    headers["X-App-Secret"] = auth.appSecret;
  } else if (auth.type === "custom_header") {
    headers[auth.name] = auth.value;
    secretNames.add(auth.name.toLowerCase());
  }
  setDefaultUserAgent(headers);
  if (connector.verificationToken) {
    headers[VERIFICATION_TOKEN_HEADER] = connector.verificationToken;
    secretNames.add(VERIFICATION_TOKEN_HEADER.toLowerCase());
  }
  if (connector.signingSecrets.length > 0) {
    Object.assign(headers, standardWebhookHeaders(connector.signingSecrets, messageId, body ?? ""));
  }

  const redactedHeaders = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      const lower = name.toLowerCase();
      const secret =
        secretNames.has(lower) ||
        lower === "authorization" ||
        lower === "x-app-secret" ||
        lower === "webhook-signature";
      return [name, secret ? REDACTED : value];
    }),
  );
  // The stored copy is for reading: bytes that are not UTF-8 show as U+FFFD there (the event keeps them exactly).
  const stored =
    body === undefined
      ? null
      : truncateUtf8(typeof body === "string" ? body : body.toString("utf8"), STORED_BODY_BYTES);
  return {
    request: {
      method: connector.method,
      url,
      headers,
      ...(body === undefined ? {} : { body }),
      timeoutMs: connector.timeoutMs,
      followRedirects: connector.followRedirects,
      allowlist,
      // The signature stays with the body it signs; every other redacted header is a credential.
      credentialHeaders: [...secretNames],
    },
    redacted: {
      method: connector.method,
      url: redactedUrl,
      headers: redactedHeaders,
      body: stored?.text ?? null,
      bodyTruncated: stored?.truncated ?? false,
    },
    // For URLs the call reports back (the final URL after redirects): the same parameters redacted there too.
    redactUrl: (answered) => (answered === url ? redactedUrl : redactQuery(answered, secretParams)),
  };
}

function redactQuery(url: string, names: ReadonlySet<string>): string {
  if (names.size === 0) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const params = [...parsed.searchParams.entries()];
  if (!params.some(([name]) => names.has(name))) return url;
  parsed.search = "";
  for (const [name, value] of params) parsed.searchParams.append(name, names.has(name) ? REDACTED : value);
  return parsed.href.replaceAll(encodeURIComponent(REDACTED), REDACTED);
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

/**
 * Values inserted into the path or query are percent-encoded; in the scheme and host they go in as they are. The
 * redacted copy (stored and shown) has "[redacted]" for the value of every secret query parameter.
 */
function renderUrl(
  renderer: TemplateRenderer,
  connector: ResolvedConnector,
): { url: string; redactedUrl: string; secretParams: Set<string> } {
  const authorityStart = connector.url.indexOf("://") + 3;
  const pathStart = connector.url.slice(authorityStart).search(/[/?#]/);
  const encodeFrom = pathStart === -1 ? connector.url.length : authorityStart + pathStart;
  const rendered = renderer.text(connector.url, (value, offset) =>
    offset >= encodeFrom ? encodeURIComponent(value) : value,
  );
  let url: URL;
  try {
    url = new URL(rendered);
  } catch {
    // Leave it to the executor, which reports an invalid URL as a result rather than a crash.
    return { url: rendered, redactedUrl: rendered, secretParams: new Set() };
  }
  const redacted = new URL(url.href);
  const secretParams = new Set<string>();
  for (const param of connector.queryParams) {
    const name = renderer.text(param.name);
    const value = renderer.text(param.value);
    url.searchParams.append(name, value);
    redacted.searchParams.append(name, param.secret ? REDACTED : value);
    if (param.secret) secretParams.add(name);
  }
  return { url: url.href, redactedUrl: redacted.href.replaceAll(encodeURIComponent(REDACTED), REDACTED), secretParams };
}

function renderBody(renderer: TemplateRenderer, connector: ResolvedConnector): string | undefined {
  // GET requests carry no body: many servers and proxies drop or reject one.
  if (connector.bodyType === "none" || connector.method === "GET" || !connector.bodyTemplate) return undefined;
  if (connector.bodyType === "text") return renderer.text(connector.bodyTemplate);
  const json = renderer.json(connector.bodyTemplate);
  if (connector.bodyType === "json") return json;
  let fields: unknown;
  try {
    fields = JSON.parse(json);
  } catch {
    fields = null;
  }
  if (fields === null || typeof fields !== "object" || Array.isArray(fields)) {
    // Only reachable when a variable turned the template into something else; send nothing rather than garbage.
    return "";
  }
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, stringifyValue(item));
  }
  return form.toString();
}

export function truncateUtf8(text: string, maxBytes: number): { text: string; truncated: boolean } {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return { text, truncated: false };
  return { text: bytes.subarray(0, maxBytes).toString("utf8"), truncated: true };
}
