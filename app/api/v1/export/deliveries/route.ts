// GET /api/v1/export/deliveries — admin: deliveries in a time range (?from=&to=&status=&connectorId=) as CSV, JSON or NDJSON, streamed.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { exportDeliveries } from "@/lib/export/export-deliveries";
import { exportDeliveriesSchema } from "@/lib/export/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "admin", query: exportDeliveriesSchema }, async ({ principal, query }) =>
  exportDeliveries(principal.workspaceId, query),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
