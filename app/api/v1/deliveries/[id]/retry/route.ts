// POST /api/v1/deliveries/{id}/retry — admins: send a finished or failed delivery again now.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { retryDelivery } from "@/lib/delivery/delivery-actions";

export const POST = route({ access: "admin", params: z.object({ id: z.uuid() }) }, ({ principal, params, ip }) =>
  retryDelivery(principal, params.id, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
