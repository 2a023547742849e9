// Server components' view of the caller: the session cookie read through Next's cookies(), resolved by lib/auth.
// It lives beside the pages (app/_server is private: no route) because it reads request headers; "server-only"
// (resolved by Next itself) makes a client import of it a build error instead of a leaked session lookup.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { principalFromSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { isSetupComplete } from "@/lib/auth/users";

export async function currentPrincipal() {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? principalFromSession(token) : null;
}

/**
 * The signed-in caller, or a redirect (no user yet → /setup, no session → /login). Pages that need the principal
 * call this themselves: Next renders a page beside its layout, not after it, so the layout's redirect does not
 * stop the page from running without a session.
 */
export async function requirePrincipal() {
  const principal = await currentPrincipal();
  if (!principal) redirect((await isSetupComplete()) ? "/login" : "/setup");
  return principal;
}
