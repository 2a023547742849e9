// POST /api/v1/triggers/{id}/test — admins: send a sample request through the real receive endpoint.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { MAX_TRIGGER_BODY_BYTES } from "@/lib/triggers/schema";
import { testTrigger, testTriggerSchema } from "@/lib/triggers/test-trigger";

// The sample body may be as large as the biggest body a trigger accepts.
export const POST = route(
  {
    access: "admin",
    params: z.object({ id: z.uuid() }),
    body: testTriggerSchema,
    maxBodyBytes: MAX_TRIGGER_BODY_BYTES + 64 * 1024,
  },
  ({ principal, params, body }) => testTrigger(principal, params.id, body.body),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
