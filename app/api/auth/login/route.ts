// POST /api/auth/login — public: email + password → session cookie; 401 wrong credentials, 429 past 5 attempts a
// minute from one address or 5 a quarter hour at one account (lib/auth/login.ts).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { signIn } from "@/lib/auth/auth-flows";
import { loginSchema } from "@/lib/auth/schema";
import { sessionCookie } from "@/lib/auth/session-cookie";

export const POST = route({ access: "public", body: loginSchema }, async ({ body, request, ip }) => {
  const { user, session } = await signIn(body, { ip, userAgent: request.headers.get("user-agent") });
  return json({ user }, { headers: { "set-cookie": sessionCookie(session.token, session.expiresAt) } });
});

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
