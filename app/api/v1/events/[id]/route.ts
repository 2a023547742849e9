// GET /api/v1/events/{id} — viewers and admins: one event with its request and the deliveries it started.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getEvent } from "@/lib/events/list-events";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer", params: z.object({ id: z.uuid() }) }, ({ principal, params }) =>
  getEvent(principal.workspaceId, params.id, principal.role),
);

export const { OPTIONS, POST, PUT, PATCH, DELETE } = otherMethods({ GET });
