// GET /api/v1/deliveries/{id} — viewer or admin: one delivery with every attempt's (redacted) request and response
// and its retry plan.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { connectorIdParamsSchema } from "@/lib/connectors/schema";
import { getDeliveryDetail } from "@/lib/delivery/get-delivery";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", params: connectorIdParamsSchema }, ({ principal, params }) =>
  getDeliveryDetail(principal.workspaceId, params.id),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
