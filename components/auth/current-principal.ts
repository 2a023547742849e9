// Server components' view of the caller: the session cookie read through Next's cookies(), resolved by lib/auth.
import { cookies } from "next/headers";
import { principalFromSession, SESSION_COOKIE } from "@/lib/auth/sessions";

export async function currentPrincipal() {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? principalFromSession(token) : null;
}
