// The Set-Cookie values for the browser session: httpOnly so scripts cannot read it, SameSite=Lax so other sites
// cannot post with it, Secure when Switchboard is served over https (SWITCHBOARD_SECURE_COOKIES).
import { env } from "../env";
import { SESSION_COOKIE } from "./sessions";

function attributes(maxAgeSeconds: number, expires: Date): string {
  const parts = ["Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`, `Expires=${expires.toUTCString()}`];
  if (env().SWITCHBOARD_SECURE_COOKIES) parts.push("Secure");
  return parts.join("; ");
}

export function sessionCookie(token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; ${attributes(maxAge, expiresAt)}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${attributes(0, new Date(0))}`;
}
