// POST /api/v1/connectors/{id}/preview — admin: the exact request for a stored event ({eventId}) or a sample
// ({payload}), rendered with the variable model; nothing is sent.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { previewConnector, previewConnectorBodySchema } from "@/lib/delivery/preview-delivery";
import { connectorIdParamsSchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const POST = route(
  { access: "admin", params: connectorIdParamsSchema, body: previewConnectorBodySchema },
  ({ principal, params, body }) => previewConnector(principal, params.id, body),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
