// GET /api/v1/export/events — admin: events received in a time range (?from=&to=) as CSV, JSON or NDJSON, streamed.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { exportEvents } from "@/lib/export/export-events";
import { exportEventsSchema } from "@/lib/export/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "admin", query: exportEventsSchema }, async ({ principal, query }) =>
  exportEvents(principal.workspaceId, query),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
