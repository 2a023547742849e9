// POST /api/v1/notifications/read — viewer or admin (read state is not configuration): {ids: [...]} or {all: true}.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { markReadSchema } from "@/lib/notifications/schema";
import { markNotificationsRead } from "@/lib/notifications/service";

export const POST = route({ access: "viewer", body: markReadSchema }, ({ principal, body }) =>
  markNotificationsRead(principal.workspaceId, body),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
