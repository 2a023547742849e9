// POST /api/v1/connectors/{id}/rotate-secret — admin: new signing secret, shown once; the old one signs 24 h more.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { connectorParamsSchema, rotateSigningSecret } from "@/lib/connectors/event-settings";

export const POST = route({ access: "admin", params: connectorParamsSchema }, ({ principal, params, ip }) =>
  rotateSigningSecret(principal, params.id, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
