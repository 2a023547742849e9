// GET /api/app/webhooks/{uuid} — viewers and admins: one app webhook in the documented shape. DELETE — admins.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { deleteAppWebhook, getAppWebhookRow, toCompatShape } from "@/lib/app-webhooks/app-webhook-service";

const params = z.object({ uuid: z.string() });

export const GET = route({ access: "viewer", params }, async ({ principal, params }) =>
  toCompatShape(await getAppWebhookRow(principal.workspaceId, params.uuid)),
);

export const DELETE = route({ access: "admin", params }, async ({ principal, params, ip }) => {
  await deleteAppWebhook(principal, params.uuid, ip);
  return new Response(null, { status: 204 });
});

export const { OPTIONS, POST, PUT, PATCH } = otherMethods({ GET, DELETE });
