// GET /api/v1/app-listeners/{id} — viewers and admins. PATCH, DELETE — admins.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { deleteAppListener, getAppListener, updateAppListener } from "@/lib/app-webhooks/listener-service";
import { updateAppListenerSchema } from "@/lib/app-webhooks/schema";

const params = z.object({ id: z.string() });

export const GET = route({ access: "viewer", params }, ({ principal, params }) =>
  getAppListener(principal.workspaceId, params.id),
);

export const PATCH = route(
  { access: "admin", params, body: updateAppListenerSchema },
  ({ principal, params, body, ip }) => updateAppListener(principal, params.id, body, ip),
);

export const DELETE = route({ access: "admin", params }, async ({ principal, params, ip }) => {
  await deleteAppListener(principal, params.id, ip);
  return new Response(null, { status: 204 });
});

export const { OPTIONS, POST, PUT } = otherMethods({ GET, PATCH, DELETE });
