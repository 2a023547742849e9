// GET /api/v1/connectors/{id}/event-settings — viewer or admin; PATCH — admin: notifyOnFailure, rateLimit, retrySchedule.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import {
  connectorParamsSchema,
  eventSettingsSchema,
  getEventSettings,
  updateEventSettings,
} from "@/lib/connectors/event-settings";

export const GET = route({ access: "viewer", params: connectorParamsSchema }, ({ principal, params }) =>
  getEventSettings(principal.workspaceId, params.id),
);

export const PATCH = route(
  { access: "admin", params: connectorParamsSchema, body: eventSettingsSchema },
  ({ principal, params, body, ip }) => updateEventSettings(principal, params.id, body, ip),
);

export const { OPTIONS, POST, PUT, DELETE } = otherMethods({ GET, PATCH });
