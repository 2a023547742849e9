// GET /api/v1/app-webhooks — viewers and admins: app webhooks with created time, trigger URL and listener (the
// dashboard's list; viewers get uuids and trigger URLs masked). POST — admins: create one {action, props}.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { createAppWebhookForDashboard, listAppWebhooks } from "@/lib/app-webhooks/app-webhook-service";
import { createAppWebhookSchema } from "@/lib/app-webhooks/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) =>
  listAppWebhooks(principal.workspaceId, principal.role),
);

export const POST = route({ access: "admin", body: createAppWebhookSchema }, async ({ principal, body, ip }) =>
  json(await createAppWebhookForDashboard(principal, body, ip), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
