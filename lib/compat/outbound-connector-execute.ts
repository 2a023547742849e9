// POST /api/execute: the documented "Execute Web-hook" action ({url, method, headers, params, body} →
// {status, headers, body, timestamp, duration, error}), through the same guarded executor as connectors.
import { z } from "zod";
import { AppError } from "../core/errors";
import type { Principal } from "../core/principal";
import { HEADER_NAME_PATTERN, reservedHeaderMessage } from "../connectors/header-rules";
import { DEFAULT_TIMEOUT_MS } from "../connectors/schema";
import { executeRequest, setDefaultUserAgent } from "../http";
import { hasUserinfo, URL_USERINFO_MESSAGE } from "../http/url-userinfo";
import { logger } from "../core/logger";
import { outboundAllowlist } from "../network/network-settings";

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const compatExecuteSchema = z.object({
  url: z.string().trim().min(1, "URL is required").max(2048),
  method: z
    .string()
    .transform((method) => method.toUpperCase())
    .pipe(z.enum(["GET", "POST", "PUT", "DELETE", "PATCH"], "Method must be GET, POST, PUT, DELETE or PATCH")),
  headers: z.record(z.string(), scalar).optional(),
  params: z.record(z.string(), scalar).optional(),
  body: z.unknown().optional(),
  /** Not in the documented shape; defaults to 15 s like connectors. */
  timeout: z.number().int().min(1000).max(60_000).optional(),
});
export type CompatExecuteInput = z.infer<typeof compatExecuteSchema>;

export interface CompatExecuteResult {
  status: number | null;
  headers: Record<string, string>;
  body: unknown;
  timestamp: string;
  duration: number;
  error: { code: string; message: string } | null;
}

function invalid(path: string, message: string): AppError {
  return new AppError("validation_failed", `Invalid request body: ${path}: ${message}`, [{ path, message }]);
}

function hasHeader(headers: Record<string, string>, name: string) {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}

export async function executeCompat(principal: Principal, input: CompatExecuteInput): Promise<CompatExecuteResult> {
  // The documented examples include a URL without a scheme ("bots.leena.ai/integrations/…"): https is meant.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input.url) ? input.url : `https://${input.url}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid("url", "Enter an http:// or https:// URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw invalid("url", "Enter an http:// or https:// URL");
  if (hasUserinfo(url.href)) throw invalid("url", URL_USERINFO_MESSAGE);
  for (const [name, value] of Object.entries(input.params ?? {})) url.searchParams.append(name, String(value));

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!HEADER_NAME_PATTERN.test(name)) throw invalid(`headers.${name}`, "Not a valid header name");
    const reserved = reservedHeaderMessage(name);
    if (reserved) throw invalid(`headers.${name}`, reserved);
    const text = String(value);
    if (/[\r\n\0]/.test(text)) throw invalid(`headers.${name}`, "Header value cannot contain line breaks");
    headers[name] = text;
  }

  let body: string | undefined;
  if (input.body !== undefined && input.body !== null && input.method !== "GET") {
    if (typeof input.body === "string") {
      body = input.body;
      if (!hasHeader(headers, "content-type")) headers["Content-Type"] = "text/plain; charset=utf-8";
    } else {
      body = JSON.stringify(input.body);
      if (!hasHeader(headers, "content-type")) headers["Content-Type"] = "application/json";
    }
  }

  setDefaultUserAgent(headers);
  const result = await executeRequest({
    method: input.method,
    url: url.href,
    headers,
    body,
    timeoutMs: input.timeout ?? DEFAULT_TIMEOUT_MS,
    allowlist: await outboundAllowlist(principal.workspaceId),
  });
  logger.info("execute called", {
    host: url.host,
    status: result.status,
    durationMs: result.durationMs,
    errorCode: result.error?.code ?? null,
  });
  return {
    status: result.status,
    headers: result.headers,
    body: responseBody(result.body, result.headers["content-type"], result.bodyTruncated),
    timestamp: result.startedAt.toISOString(),
    duration: result.durationMs,
    error: result.error,
  };
}

/** JSON answers come back as JSON (as the documented response shows data, not a string); the rest as text. */
function responseBody(text: string, contentType: string | undefined, truncated: boolean): unknown {
  if (!truncated && contentType && /\bjson\b/i.test(contentType) && text) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
