// POST /api/v1/connectors/{id}/reveal-signing-secret — admin: the plaintext signing secret(s); each call is audited.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { connectorParamsSchema, revealSigningSecret } from "@/lib/connectors/event-settings";

export const POST = route({ access: "admin", params: connectorParamsSchema }, ({ principal, params, ip }) =>
  revealSigningSecret(principal, params.id, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
