// GET /api/v1/triggers/{id} — viewers and admins. PATCH, DELETE — admins.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { updateTriggerSchema } from "@/lib/triggers/schema";
import { deleteTrigger, getTrigger, updateTrigger } from "@/lib/triggers/trigger-service";

const params = z.object({ id: z.uuid("Not a valid trigger id") });

export const GET = route({ access: "viewer", params }, ({ principal, params }) =>
  getTrigger(principal.workspaceId, params.id),
);

export const PATCH = route({ access: "admin", params, body: updateTriggerSchema }, ({ principal, params, body, ip }) =>
  updateTrigger(principal, params.id, body, ip),
);

export const DELETE = route({ access: "admin", params }, async ({ principal, params, ip }) => {
  await deleteTrigger(principal, params.id, ip);
  return new Response(null, { status: 204 });
});

export const { OPTIONS, POST, PUT } = otherMethods({ GET, PATCH, DELETE });
