// POST /api/auth/logout — public (signed in or not): ends the session and clears its cookie.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { signOut } from "@/lib/auth/auth-flows";
import { clearedSessionCookie } from "@/lib/auth/session-cookie";

export const POST = route({ access: "public" }, async ({ principal, request, ip }) => {
  await signOut(request.headers, principal, ip);
  return json({ signedOut: true }, { headers: { "set-cookie": clearedSessionCookie() } });
});

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
