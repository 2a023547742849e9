// Sends one outbound HTTP request through the SSRF-guarded dispatcher and reports what happened, never throwing:
// one deadline covers connect, every redirect hop and the body; bodies are capped; errors carry a code.
import { request as undiciRequest } from "undici";
import { classifyError } from "./classify-error";
import { guardedAgent } from "./guarded-agent";
import { readResponseBody } from "./read-response-body";
import { parseRetryAfter, statusText } from "./status-text";
import { MAX_REDIRECTS, type OutboundError, type OutboundRequest, type OutboundResult } from "./types";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Credentials must not follow a redirect to another origin (the fetch standard drops Authorization the same way).
const CREDENTIAL_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-app-secret"]);

type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";

interface Hop {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

export async function executeRequest(request: OutboundRequest): Promise<OutboundResult> {
  const startedAt = new Date();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failure = (error: OutboundError, finalUrl: string, partial: Partial<OutboundResult> = {}): OutboundResult => ({
    ok: false,
    status: null,
    statusText: null,
    headers: {},
    body: "",
    bodyTruncated: false,
    sizeBytes: 0,
    startedAt,
    durationMs: elapsed(),
    finalUrl,
    ...partial,
    error,
  });

  let hop: Hop;
  try {
    hop = {
      method: request.method.toUpperCase(),
      url: new URL(request.url),
      headers: { ...request.headers },
      body: request.body,
    };
  } catch {
    return failure({ code: "invalid_request", message: `invalid URL: ${request.url}` }, request.url);
  }

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const timeoutError: OutboundError = { code: "timeout", message: `timeout of ${request.timeoutMs}ms exceeded` };
  const dispatcher = guardedAgent(request.allowlist, request.resolve);
  const credentialHeaders = new Set([
    ...CREDENTIAL_HEADERS,
    ...(request.credentialHeaders ?? []).map((name) => name.toLowerCase()),
  ]);

  try {
    for (let redirects = 0; ; redirects++) {
      if (hop.url.protocol !== "http:" && hop.url.protocol !== "https:") {
        return failure(
          { code: "invalid_request", message: `only http and https URLs can be called, not ${hop.url.protocol}` },
          hop.url.href,
        );
      }
      let response: Awaited<ReturnType<typeof undiciRequest>>;
      try {
        response = await undiciRequest(hop.url, {
          method: hop.method as HttpMethod,
          headers: hop.headers,
          body: hop.body,
          dispatcher,
          signal: controller.signal,
        });
      } catch (error) {
        if (timedOut) return failure(timeoutError, hop.url.href);
        return failure(
          classifyError(error, { hostname: hop.url.hostname, timeoutMs: request.timeoutMs }),
          hop.url.href,
        );
      }

      const headers = flattenHeaders(response.headers);
      const status = response.statusCode;
      const location = headers["location"];
      if (request.followRedirects && REDIRECT_STATUSES.has(status) && location) {
        await response.body.dump().catch(() => undefined);
        if (redirects >= MAX_REDIRECTS) {
          return failure({ code: "network", message: `more than ${MAX_REDIRECTS} redirects` }, hop.url.href, {
            status,
            statusText: statusText(status),
            headers,
          });
        }
        hop = nextHop(hop, status, location, credentialHeaders);
        continue;
      }

      const declared = headers["content-length"] ? Number(headers["content-length"]) : null;
      let read: Awaited<ReturnType<typeof readResponseBody>>;
      try {
        read = await readResponseBody(response.body, Number.isFinite(declared) ? declared : null);
      } catch (error) {
        const base = { status, statusText: statusText(status), headers };
        if (timedOut) return failure(timeoutError, hop.url.href, base);
        return failure(
          classifyError(error, { hostname: hop.url.hostname, timeoutMs: request.timeoutMs }),
          hop.url.href,
          base,
        );
      }

      const ok = status >= 200 && status < 300;
      let error: OutboundError | null = null;
      if (read.tooLarge) error = { code: "too_large", message: "response body exceeds 10 MiB; reading stopped" };
      else if (!ok) error = { code: `http_${status}`, message: httpErrorMessage(status, Boolean(location)) };
      const retryAfterSeconds = parseRetryAfter(headers["retry-after"]);
      return {
        ok: ok && !read.tooLarge,
        status,
        statusText: statusText(status),
        headers,
        body: read.body,
        bodyTruncated: read.truncated,
        sizeBytes: read.sizeBytes,
        startedAt,
        durationMs: elapsed(),
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
        finalUrl: hop.url.href,
        error,
      };
    }
  } finally {
    clearTimeout(timer);
    // An injected resolver came with an agent of its own (see guardedAgent); nothing else will close it.
    if (request.resolve) void dispatcher.close();
  }
}

function nextHop(hop: Hop, status: number, location: string, credentialHeaders: ReadonlySet<string>): Hop {
  const url = new URL(location, hop.url);
  // 303 always, and 301/302 after POST (what browsers and fetch do), become a GET without a body.
  const toGet = status === 303 ? hop.method !== "HEAD" : (status === 301 || status === 302) && hop.method === "POST";
  const crossOrigin = url.origin !== hop.url.origin;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(hop.headers)) {
    const lower = name.toLowerCase();
    if (crossOrigin && credentialHeaders.has(lower)) continue;
    if (toGet && (lower === "content-type" || lower === "content-length")) continue;
    headers[name] = value;
  }
  return { method: toGet ? "GET" : hop.method, url, headers, body: toGet ? undefined : hop.body };
}

function httpErrorMessage(status: number, hasLocation: boolean): string {
  const line = statusText(status);
  if (status >= 300 && status < 400 && hasLocation) return `${line}: redirects are not followed for this connector`;
  return `HTTP ${line}`;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
