// Resolves the caller of a request from its headers alone (no framework APIs), so route handlers stay testable.
import { env } from "../env";
import { sha256Hex } from "../crypto/tokens";
import { sharedByKey } from "../core/shared-by-key";
import { loadApiTokenGrant, principalFromApiToken, TOKEN_PREFIX } from "./api-tokens";
import { principalFromSession, SESSION_COOKIE, sessionStillValid } from "./sessions";
import type { Principal } from "../core/principal";

export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export function bearerToken(authorization: string | null): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}

/**
 * A bearer API token or the session cookie; nothing else. In particular not the workspace app secret: app_secret
 * connectors send it to other systems, so it must open nothing here.
 */
export async function authenticate(headers: Headers): Promise<Principal | null> {
  const token = bearerToken(headers.get("authorization"));
  if (token) return principalFromApiToken(token);
  const session = readCookie(headers.get("cookie"), SESSION_COOKIE);
  return session ? principalFromSession(session) : null;
}

/** How long one re-check of a credential answers for every stream it opened. */
const RECHECK_SHARED_MS = 1_000;

const tokenStillGrants = sharedByKey(
  async (token: string) => (token.startsWith(TOKEN_PREFIX) ? loadApiTokenGrant(sha256Hex(token)) : null),
  RECHECK_SHARED_MS,
);
const sessionStillGrants = sharedByKey(sessionStillValid, RECHECK_SHARED_MS);

/**
 * The workspace the request's credential still grants, or null: for a long-lived answer (the live stream) to ask
 * again. Reads only: a token's request budget and last use, and a session's sliding expiry, count requests, and a
 * stream re-checking every few seconds would otherwise spend a token's budget (12 a minute per open stream) and keep
 * an idle session from ever expiring. The streams of one credential share their checks (one read a second at most),
 * so a caller holding many streams open costs the database one read, not one per stream.
 */
export async function stillAuthenticated(headers: Headers): Promise<{ workspaceId: string } | null> {
  const token = bearerToken(headers.get("authorization"));
  if (token) return tokenStillGrants(token);
  const session = readCookie(headers.get("cookie"), SESSION_COOKIE);
  return session ? sessionStillGrants(session) : null;
}

/** Set by Switchboard's own HTTP server from the socket (any value a client sends is replaced). */
export const REMOTE_ADDRESS_HEADER = "x-switchboard-remote-address";

/**
 * The caller's address, for throttling and the audit log, or null when it is not known. X-Forwarded-For is only
 * believed behind a proxy the operator declared (SWITCHBOARD_TRUST_PROXY), and then only its last entry, the one
 * that proxy appended: anyone can send the header, and trusting what the client wrote would let it pick a fresh
 * address for every sign-in attempt.
 */
/** The caller behind a trusted proxy: the last X-Forwarded-For entry, the one the proxy added (clients choose the rest). */
export function lastForwardedAddress(header: string | null | undefined): string | null {
  return header?.split(",").at(-1)?.trim() || null;
}

export function clientIp(headers: Pick<Headers, "get">): string | null {
  if (env().SWITCHBOARD_TRUST_PROXY) {
    const forwarded = lastForwardedAddress(headers.get("x-forwarded-for"));
    if (forwarded) return forwarded;
  }
  return headers.get(REMOTE_ADDRESS_HEADER)?.trim() || null;
}
