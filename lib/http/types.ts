// The executor's contract: what a caller asks for and what it gets back, whatever happened on the wire.
import type { Resolver } from "./guarded-agent";

export interface OutboundRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Text is sent as UTF-8; bytes (a forwarded body) exactly as they are. */
  body?: string | Uint8Array;
  timeoutMs: number;
  /** Follow up to MAX_REDIRECTS redirects, each hop re-checked by the SSRF guard. Off by default. */
  followRedirects?: boolean;
  /** Hosts and CIDRs the SSRF guard lets through (workspace allowlist + SWITCHBOARD_ALLOW_PRIVATE). */
  allowlist: string[];
  /**
   * Headers that carry credentials beyond the standard ones (Authorization, Cookie, X-App-Secret, …): a custom auth
   * header, headers marked secret. All are dropped when a redirect leaves the origin.
   */
  credentialHeaders?: string[];
  /** Replaces the system DNS lookup, for tests that need a name to answer as they say. The guard still judges it. */
  resolve?: Resolver;
}

export type OutboundErrorCode =
  | "timeout"
  | "dns"
  | "refused"
  | "tls"
  | "blocked_address"
  | "too_large"
  | "invalid_request"
  | "network"
  | `http_${number}`;

export interface OutboundError {
  code: OutboundErrorCode;
  message: string;
}

export interface OutboundResult {
  /** 2xx only; 3xx is a failure (Standard Webhooks). */
  ok: boolean;
  /** null when no response arrived. */
  status: number | null;
  /** "200 OK", "404 Not Found", … */
  statusText: string | null;
  headers: Record<string, string>;
  /** At most STORED_BODY_BYTES of the response body, decoded as UTF-8. */
  body: string;
  bodyTruncated: boolean;
  /** Bytes read from the response body (stops at the read cap). */
  sizeBytes: number;
  startedAt: Date;
  durationMs: number;
  /** From Retry-After (seconds or HTTP date), when the target sent one. */
  retryAfterSeconds?: number;
  /** The URL that answered (differs from the request URL after redirects). */
  finalUrl: string;
  error: OutboundError | null;
}

export const STORED_BODY_BYTES = 64 * 1024;
export const MAX_READ_BYTES = 10 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
