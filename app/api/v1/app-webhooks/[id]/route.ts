// DELETE /api/v1/app-webhooks/{id} — admins: the trigger URL stops working at once.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { deleteAppWebhook } from "@/lib/app-webhooks/app-webhook-service";

export const DELETE = route(
  { access: "admin", params: z.object({ id: z.string() }) },
  async ({ principal, params, ip }) => {
    await deleteAppWebhook(principal, params.id, ip);
    return new Response(null, { status: 204 });
  },
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH } = otherMethods({ DELETE });
