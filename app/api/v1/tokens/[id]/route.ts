// DELETE /api/v1/tokens/{id} — admin: revokes an active API token (404 when unknown or already revoked).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { idParamsSchema } from "@/lib/auth/schema";
import { revokeToken } from "@/lib/auth/token-admin";

export const DELETE = route({ access: "admin", params: idParamsSchema }, ({ principal, params, ip }) =>
  revokeToken(principal, params.id, ip),
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH } = otherMethods({ DELETE });
