// Turns whatever undici or the socket threw into an error code and a sentence a user can act on.
import type { OutboundError } from "./types";

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  address?: unknown;
  port?: unknown;
  hostname?: unknown;
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|EPROTO$)/;

/** undici wraps socket errors in `cause` chains; the innermost coded error says what really happened. */
function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && chain.length < 5) {
    chain.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return chain;
}

export function classifyError(error: unknown, context: { hostname: string; timeoutMs: number }): OutboundError {
  for (const link of errorChain(error)) {
    const code = typeof link.code === "string" ? link.code : "";
    const message = typeof link.message === "string" ? link.message : "";
    if (code === "ESWITCHBOARD_BLOCKED") return { code: "blocked_address", message };
    if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NODATA" || code === "EAI_NONAME") {
      return { code: "dns", message: `DNS lookup failed for ${context.hostname}` };
    }
    if (code === "ECONNREFUSED") {
      const where = typeof link.address === "string" ? `${link.address}:${String(link.port)}` : context.hostname;
      return { code: "refused", message: `connection refused by ${where}` };
    }
    if (
      code === "UND_ERR_CONNECT_TIMEOUT" ||
      code === "ETIMEDOUT" ||
      code === "UND_ERR_HEADERS_TIMEOUT" ||
      code === "UND_ERR_BODY_TIMEOUT"
    ) {
      return { code: "timeout", message: `timeout of ${context.timeoutMs}ms exceeded` };
    }
    if (TLS_CODE.test(code)) return { code: "tls", message: `TLS error: ${message || code}` };
    if (
      code === "UND_ERR_INVALID_ARG" ||
      code === "ERR_INVALID_URL" ||
      code === "ERR_INVALID_CHAR" ||
      code === "ERR_INVALID_HTTP_TOKEN"
    ) {
      return { code: "invalid_request", message: `invalid request: ${message || code}` };
    }
    if (code === "ECONNRESET") return { code: "network", message: "connection reset by the server" };
    if (code === "EHOSTUNREACH" || code === "ENETUNREACH")
      return { code: "network", message: `${context.hostname} is unreachable` };
  }
  const first = errorChain(error)[0];
  const message = typeof first?.message === "string" && first.message ? first.message : "network error";
  return { code: "network", message };
}
