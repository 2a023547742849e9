// GET /api/v1/triggers — viewers and admins: all triggers. POST — admins: create one; the answer carries its
// secret once.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { createTriggerSchema } from "@/lib/triggers/schema";
import { createTrigger, listTriggers } from "@/lib/triggers/trigger-service";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) => listTriggers(principal.workspaceId));

export const POST = route({ access: "admin", body: createTriggerSchema }, async ({ principal, body, ip }) =>
  json(await createTrigger(principal, body, ip), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
