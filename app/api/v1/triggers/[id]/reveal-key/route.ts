// POST /api/v1/triggers/{id}/reveal-key — admins: the current (and grace-period) secret; written to the audit log.
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { revealTriggerSecret } from "@/lib/triggers/trigger-service";

export const POST = route({ access: "admin", params: z.object({ id: z.uuid() }) }, ({ principal, params, ip }) =>
  revealTriggerSecret(principal, params.id, ip),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
