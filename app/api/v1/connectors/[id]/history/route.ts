// GET /api/v1/connectors/{id}/history — viewer or admin: deliveries with attempts, newest first (?cursor=&limit=).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { listConnectorHistory } from "@/lib/connectors/connector-history";
import { connectorIdParamsSchema, historyQuerySchema } from "@/lib/connectors/schema";

export const dynamic = "force-dynamic";

export const GET = route(
  { access: "viewer", params: connectorIdParamsSchema, query: historyQuerySchema },
  ({ principal, params, query }) => listConnectorHistory(principal.workspaceId, params.id, query),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
