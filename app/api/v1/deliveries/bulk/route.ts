// POST /api/v1/deliveries/bulk — admins: retry or cancel every delivery the list's filter and search match
// (dryRun: count them only).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { bulkDeliveryActionSchema } from "@/lib/delivery/bulk-schema";
import { bulkDeliveryAction } from "@/lib/delivery/delivery-actions";
import { whileSearching } from "@/lib/search/search-slots";

export const POST = route({ access: "admin", body: bulkDeliveryActionSchema }, ({ principal, body, ip }) =>
  whileSearching(principal, body.filter.q, () => bulkDeliveryAction(principal, body, ip)),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
