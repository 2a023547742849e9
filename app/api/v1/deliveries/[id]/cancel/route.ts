// POST /api/v1/deliveries/{id}/cancel — admins: stop a pending or failed delivery from being tried again.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { cancelDelivery } from "@/lib/delivery/delivery-actions";

export const POST = route({ access: "admin", params: z.object({ id: z.uuid() }) }, ({ principal, params, ip }) =>
  cancelDelivery(principal, params.id, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
