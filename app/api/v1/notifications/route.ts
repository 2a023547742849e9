// GET /api/v1/notifications — viewer or admin: unread first, newest first (?unreadOnly=true&cursor=&limit=).
import { route } from "@/lib/api/handler";
import { listNotificationsQuerySchema } from "@/lib/notifications/schema";
import { listNotifications } from "@/lib/notifications/service";

export const GET = route({ access: "viewer", query: listNotificationsQuerySchema }, ({ principal, query }) =>
  listNotifications(principal.workspaceId, query),
);
