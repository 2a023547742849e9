// POST /api/auth/setup — public, only while no user exists (403 afterwards): creates the first admin and signs in.
import { route } from "@/lib/api/handler";
import { json } from "@/lib/api/json";
import { completeSetup } from "@/lib/auth/auth-flows";
import { setupSchema } from "@/lib/auth/schema";
import { sessionCookie } from "@/lib/auth/session-cookie";

export const POST = route({ access: "public", body: setupSchema }, async ({ body, request, ip }) => {
  const { user, session } = await completeSetup(body, { ip, userAgent: request.headers.get("user-agent") });
  return json({ user }, { status: 201, headers: { "set-cookie": sessionCookie(session.token, session.expiresAt) } });
});
