// POST /api/auth/setup — public, only while no user exists (403 afterwards), only from Switchboard's own pages, and
// with the setup code printed at start unless served to this machine alone: creates the first admin and signs in.
import { requestHost } from "@/lib/api/cross-site";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { completeSetup } from "@/lib/auth/auth-flows";
import { setupSchema } from "@/lib/auth/schema";
import { sessionCookie } from "@/lib/auth/session-cookie";

export const POST = route({ access: "public", body: setupSchema }, async ({ body, request, ip }) => {
  const { user, session } = await completeSetup(body, {
    ip,
    userAgent: request.headers.get("user-agent"),
    host: requestHost(request),
  });
  return json({ user }, { status: 201, headers: { "set-cookie": sessionCookie(session.token, session.expiresAt) } });
});

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
