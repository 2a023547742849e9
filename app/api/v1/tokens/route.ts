// GET /api/v1/tokens — viewer or admin; POST /api/v1/tokens — admin: the token is in the answer once, never again.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { createTokenSchema } from "@/lib/auth/schema";
import { issueToken, listTokens } from "@/lib/auth/token-admin";

export const GET = route({ access: "viewer" }, async ({ principal }) => ({ data: await listTokens(principal) }));

export const POST = route({ access: "admin", body: createTokenSchema }, async ({ principal, body, ip }) =>
  json(await issueToken(principal, body, ip), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
