// POST /api/v1/triggers/{id}/rotate-key — admins: a new key or secret (shown once); the old one keeps working for
// the grace period (default 24 h).
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { rotateTriggerSecretSchema } from "@/lib/triggers/schema";
import { rotateTriggerSecret } from "@/lib/triggers/trigger-service";

export const POST = route(
  { access: "admin", params: z.object({ id: z.uuid() }), body: rotateTriggerSecretSchema },
  ({ principal, params, body, ip }) => rotateTriggerSecret(principal, params.id, body, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
