// POST /api/app/webhooks — admins (session or API token): register an app webhook {action, props}; answers the
// documented {uuid, action, props, environment_id, user_id}. GET — viewers and admins: all of them in that shape
// (the uuid, the trigger URL's credential, masked for viewers).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { createAppWebhook, listCompatAppWebhooks, toCompatShape } from "@/lib/app-webhooks/app-webhook-service";
import { createAppWebhookSchema } from "@/lib/app-webhooks/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) =>
  listCompatAppWebhooks(principal.workspaceId, principal.role),
);

export const POST = route({ access: "admin", body: createAppWebhookSchema }, async ({ principal, body, ip }) =>
  json(toCompatShape(await createAppWebhook(principal, body, ip)), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
