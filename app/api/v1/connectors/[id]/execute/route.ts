// POST /api/v1/connectors/{id}/execute — admin: send the request with a sample {payload}; stored as a manual delivery.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { executeConnector } from "@/lib/delivery/execute-connector";
import { connectorIdParamsSchema, executeConnectorBodySchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const POST = route(
  { access: "admin", params: connectorIdParamsSchema, body: executeConnectorBodySchema },
  ({ principal, params, body }) => executeConnector(principal, params.id, body),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
