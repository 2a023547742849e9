// GET /api/v1/event-types — viewer or admin (?search=&includeArchived=&cursor=&limit=); POST — admin: creates one.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { json } from "@/lib/api/json";
import { eventTypeSchema, listEventTypesQuerySchema } from "@/lib/event-types/schema";
import { createEventType, listEventTypes } from "@/lib/event-types/service";

export const GET = route({ access: "viewer", query: listEventTypesQuerySchema }, ({ principal, query }) =>
  listEventTypes(principal.workspaceId, query),
);

export const POST = route({ access: "admin", body: eventTypeSchema }, async ({ principal, body, ip }) =>
  json(await createEventType(principal, body, ip), { status: 201 }),
);

export const { OPTIONS, PUT, PATCH, DELETE } = otherMethods({ GET, POST });
