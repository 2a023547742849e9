// POST /api/v1/triggers/{id}/test — admins: send a sample request through the real receive endpoint.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { testTrigger, testTriggerSchema } from "@/lib/triggers/test-trigger";

export const POST = route(
  { access: "admin", params: z.object({ id: z.uuid() }), body: testTriggerSchema },
  ({ principal, params, body }) => testTrigger(principal, params.id, body.body),
);
