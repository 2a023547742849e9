// GET /api/v1/app-listeners — viewers and admins: every listener with its connectors. POST — admins: create one.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { createAppListener, listAppListeners } from "@/lib/app-webhooks/listener-service";
import { createAppListenerSchema } from "@/lib/app-webhooks/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) => listAppListeners(principal.workspaceId));

export const POST = route({ access: "admin", body: createAppListenerSchema }, async ({ principal, body, ip }) =>
  json(await createAppListener(principal, body, ip), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
