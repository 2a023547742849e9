// GET /api/webhooks/{id} — viewer or admin (secrets masked); PUT and DELETE — admin, → {id, timestamp, status}.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { connectorIdParamsSchema } from "@/lib/connectors/schema";
import {
  compatWebhookUpdateSchema,
  deleteCompatWebhook,
  getCompatWebhook,
  updateCompatWebhook,
} from "@/lib/compat/webhook-crud-api";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", params: connectorIdParamsSchema }, ({ principal, params }) =>
  getCompatWebhook(principal.workspaceId, params.id),
);

export const PUT = route(
  { access: "admin", params: connectorIdParamsSchema, body: compatWebhookUpdateSchema },
  ({ principal, params, body, ip }) => updateCompatWebhook(principal, params.id, body, ip),
);

export const DELETE = route({ access: "admin", params: connectorIdParamsSchema }, ({ principal, params, ip }) =>
  deleteCompatWebhook(principal, params.id, ip),
);

export const { OPTIONS, POST, PATCH } = otherMethods({ GET, PUT, DELETE });
