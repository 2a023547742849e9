// POST /api/v1/connectors/{id}/reveal-secret — admin: one secret in plaintext, {field: auth|header|verificationToken|signingSecret}; audited.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { revealConnectorSecret } from "@/lib/connectors/reveal-secret";
import { connectorIdParamsSchema, revealSecretBodySchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const POST = route(
  { access: "admin", params: connectorIdParamsSchema, body: revealSecretBodySchema },
  ({ principal, params, body, ip }) => revealConnectorSecret(principal, params.id, body, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
