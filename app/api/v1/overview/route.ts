// GET /api/v1/overview?range=1h|24h|7d|30d — viewers and admins: the overview page's tiles, charts and tables.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getOverview } from "@/lib/overview/get-overview";
import { overviewQuerySchema } from "@/lib/overview/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", query: overviewQuerySchema }, ({ principal, query }) =>
  getOverview(principal.workspaceId, query.range),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
