// GET /api/v1/notifications — viewer or admin: unread first, newest first (?unreadOnly=true&cursor=&limit=).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { listNotificationsQuerySchema } from "@/lib/notifications/schema";
import { listNotifications } from "@/lib/notifications/service";

export const GET = route({ access: "viewer", query: listNotificationsQuerySchema }, ({ principal, query }) =>
  listNotifications(principal.workspaceId, query),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
