// GET /api/v1/deliveries — viewers and admins: deliveries, newest first, filtered by status, connector, event
// type, event id and time range.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { listDeliveries, listDeliveriesSchema } from "@/lib/delivery/list-deliveries";
import { whileSearching } from "@/lib/search/search-slots";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", query: listDeliveriesSchema }, ({ principal, query }) =>
  whileSearching(principal, query.q, () => listDeliveries(principal.workspaceId, query)),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
