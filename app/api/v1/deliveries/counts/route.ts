// GET /api/v1/deliveries/counts — viewers and admins: deliveries per status for the same filters as the list.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { countDeliveriesByStatus, deliveryFilterSchema } from "@/lib/delivery/list-deliveries";
import { whileSearching } from "@/lib/search/search-slots";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", query: deliveryFilterSchema }, ({ principal, query }) =>
  whileSearching(principal, query.q, () => countDeliveriesByStatus(principal.workspaceId, query)),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
