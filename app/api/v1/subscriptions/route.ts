// GET /api/v1/subscriptions — viewer or admin: every subscription in the workspace (?connectorId=&eventTypeId=&cursor=&limit=).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { listSubscriptionsQuerySchema } from "@/lib/subscriptions/schema";
import { listSubscriptions } from "@/lib/subscriptions/service";

export const GET = route({ access: "viewer", query: listSubscriptionsQuerySchema }, ({ principal, query }) =>
  listSubscriptions(principal.workspaceId, query),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
