// GET /api/webhooks — viewer or admin: [{id, name, url, error}]; POST — admin: create, → {id, timestamp, status}.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { compatWebhookSchema, createCompatWebhook, listCompatWebhooks } from "@/lib/compat/webhook-crud-api";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) => listCompatWebhooks(principal.workspaceId));

export const POST = route({ access: "admin", body: compatWebhookSchema }, ({ principal, body, ip }) =>
  createCompatWebhook(principal, body, ip),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
