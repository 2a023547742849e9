// The API's defence against cross-site request forgery. A browser attaches the session cookie to every request for
// Switchboard's host, whichever page makes it: SameSite=Lax keeps other *sites* out, but a page on another port or
// subdomain of the same site is still "same-site". So a write that rides on the cookie (or that signs in, which is
// what a public write does) must prove it comes from Switchboard's own pages:
//   - its Origin is the app's own (the request's Host, SWITCHBOARD_PUBLIC_URL or SWITCHBOARD_TRUSTED_ORIGINS), or,
//     when a browser sent no Origin, Sec-Fetch-Site says same-origin; otherwise 403 "Cross-site request refused";
//   - its body is declared JSON: a form or a no-cors fetch can only send text/plain, urlencoded or multipart, and a
//     cross-origin fetch with application/json needs a CORS preflight that Switchboard never grants; otherwise 415.
// Credentials sent in headers (Bearer tokens) cannot be attached by another site, so those calls are
// not affected; nor are reads, which another site can trigger but cannot read the answer of.
import { readCookie, bearerToken } from "../auth/authenticate";
import { SESSION_COOKIE } from "../auth/sessions";
import { env, envTrustedOrigins } from "../env";
import { AppError } from "../core/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Throws when a state-changing browser request did not come from Switchboard's own pages. `open` marks routes any
 * visitor may call (sign-in, setup, sign-out): they are checked even without a cookie, since they hand one out.
 */
export function refuseCrossSiteWrite(request: Request, open: boolean): void {
  if (SAFE_METHODS.has(request.method)) return;
  const headers = request.headers;
  if (bearerToken(headers.get("authorization"))) return;
  // Without a cookie on a closed route there is nothing to abuse: the wrapper answers 401.
  if (!open && readCookie(headers.get("cookie"), SESSION_COOKIE) === null) return;
  if (!fromOwnOrigin(request)) throw new AppError("forbidden", "Cross-site request refused");
  if (!isJsonMediaType(headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
}

export function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  // Browsers send Origin on every POST/PUT/PATCH/DELETE; Sec-Fetch-Site covers the few that omit it.
  if (origin === null) return request.headers.get("sec-fetch-site") === "same-origin";
  const parsed = parseOrigin(origin);
  if (!parsed) return false;
  if (envTrustedOrigins().includes(parsed.origin)) return true;
  // Over https (secure cookies), a page served over plain http on the same host is not the app.
  if (env().SWITCHBOARD_SECURE_COOKIES && parsed.protocol !== "https:") return false;
  return ownHosts(request).some((host) => sameHost(host, parsed));
}

/** The host names the request was addressed to: its Host header, and X-Forwarded-Host behind a declared proxy. */
function ownHosts(request: Request): string[] {
  const hosts = [requestHost(request)];
  if (env().SWITCHBOARD_TRUST_PROXY) {
    const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    if (forwarded) hosts.push(forwarded);
  }
  return hosts;
}

/** The Host the request was addressed to (a Request built without one, as in tests, names it in its URL). */
export function requestHost(request: Request): string {
  return request.headers.get("host") ?? new URL(request.url).host;
}

/** Compares host:port the way the Origin's scheme spells it (a default port may be written or left out). */
function sameHost(host: string, origin: URL): boolean {
  try {
    return new URL(`${origin.protocol}//${host}`).host === origin.host;
  } catch {
    return false;
  }
}

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** application/json or a +json type (merge-patch…): none of them is a type a form or a no-cors fetch can send. */
function isJsonMediaType(contentType: string | null): boolean {
  return /^application\/(?:[\w.+-]+\+)?json$/i.test(contentType?.split(";")[0]?.trim() ?? "");
}
