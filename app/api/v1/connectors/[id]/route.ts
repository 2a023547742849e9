// GET /api/v1/connectors/{id} — viewer or admin; PATCH (partial update, masked secrets kept) and DELETE — admin.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { deleteConnector, getConnector, updateConnector } from "@/lib/connectors/connector-service";
import { connectorIdParamsSchema, updateConnectorSchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", params: connectorIdParamsSchema }, ({ principal, params }) =>
  getConnector(principal.workspaceId, params.id),
);

export const PATCH = route(
  { access: "admin", params: connectorIdParamsSchema, body: updateConnectorSchema },
  ({ principal, params, body, ip }) => updateConnector(principal, params.id, body, ip),
);

export const DELETE = route({ access: "admin", params: connectorIdParamsSchema }, async ({ principal, params, ip }) => {
  await deleteConnector(principal, params.id, ip);
  return new Response(null, { status: 204 });
});

export const { OPTIONS, POST, PUT } = otherMethods({ GET, PATCH, DELETE });
