// GET /api/v1/connectors/{id}/subscriptions — viewer or admin; PUT — admin: replaces the set, {subscriptions: [{eventTypeId, filter?}]}.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { connectorParamsSchema } from "@/lib/connectors/event-settings";
import { setSubscriptionsSchema } from "@/lib/subscriptions/schema";
import { listConnectorSubscriptions, setConnectorSubscriptions } from "@/lib/subscriptions/service";

export const GET = route({ access: "viewer", params: connectorParamsSchema }, ({ principal, params }) =>
  listConnectorSubscriptions(principal.workspaceId, params.id),
);

export const PUT = route(
  { access: "admin", params: connectorParamsSchema, body: setSubscriptionsSchema },
  ({ principal, params, body, ip }) => setConnectorSubscriptions(principal, params.id, body.subscriptions, ip),
);

export const { OPTIONS, POST, PATCH, DELETE } = otherMethods({ GET, PUT });
