// POST /api/v1/events/{id}/replay — admins: run the event's deliveries again (current subscribers or actions).
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { replayEvent } from "@/lib/replay/replay-event";

export const POST = route({ access: "admin", params: z.object({ id: z.uuid() }) }, ({ principal, params }) =>
  replayEvent(principal.workspaceId, params.id),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
