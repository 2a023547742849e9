// GET /api/v1/notifications/unread-count — viewer or admin: {count} for the header bell.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { unreadNotificationCount } from "@/lib/notifications/service";

export const GET = route({ access: "viewer" }, ({ principal }) => unreadNotificationCount(principal.workspaceId));

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
