// GET /api/v1/notifications/unread-count — viewer or admin: {count} for the header bell.
import { route } from "@/lib/api/handler";
import { unreadNotificationCount } from "@/lib/notifications/service";

export const GET = route({ access: "viewer" }, ({ principal }) => unreadNotificationCount(principal.workspaceId));
