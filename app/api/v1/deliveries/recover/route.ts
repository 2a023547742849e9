// POST /api/v1/deliveries/recover — admins: requeue a connector's failed and dead deliveries since a time.
import { route } from "@/lib/api/handler";
import { recoverDeliveries, recoverSchema } from "@/lib/delivery/delivery-actions";

export const POST = route({ access: "admin", body: recoverSchema }, ({ principal, body, ip }) =>
  recoverDeliveries(principal, body, ip),
);
