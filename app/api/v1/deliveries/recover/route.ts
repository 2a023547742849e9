// POST /api/v1/deliveries/recover — admins: requeue a connector's failed and dead deliveries since a time.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { recoverDeliveries, recoverSchema } from "@/lib/delivery/delivery-actions";

export const POST = route({ access: "admin", body: recoverSchema }, ({ principal, body, ip }) =>
  recoverDeliveries(principal, body, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
