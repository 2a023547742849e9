// GET /api/v1/event-types/{id} — viewer or admin; PATCH (fields, or {archived}) and DELETE (= archive) — admin.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { idParamsSchema, updateEventTypeSchema } from "@/lib/event-types/schema";
import { archiveEventType, getEventType, updateEventType } from "@/lib/event-types/service";

export const GET = route({ access: "viewer", params: idParamsSchema }, ({ principal, params }) =>
  getEventType(principal.workspaceId, params.id),
);

export const PATCH = route(
  { access: "admin", params: idParamsSchema, body: updateEventTypeSchema },
  ({ principal, params, body, ip }) => updateEventType(principal, params.id, body, ip),
);

export const DELETE = route({ access: "admin", params: idParamsSchema }, ({ principal, params, ip }) =>
  archiveEventType(principal, params.id, ip),
);

export const { OPTIONS, POST, PUT } = otherMethods({ GET, PATCH, DELETE });
