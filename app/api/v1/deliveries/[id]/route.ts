// GET /api/v1/deliveries/{id} — viewer or admin: one delivery with every attempt's (redacted) request and response.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getDelivery } from "@/lib/connectors/connector-history";
import { connectorIdParamsSchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", params: connectorIdParamsSchema }, ({ principal, params }) =>
  getDelivery(principal.workspaceId, params.id),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
