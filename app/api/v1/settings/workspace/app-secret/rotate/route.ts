// POST /api/v1/settings/workspace/app-secret/rotate — admin: a new app secret, shown in this answer once (audited).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { rotateAppSecret } from "@/lib/workspaces/workspace-settings";

export const POST = route({ access: "admin" }, ({ principal, ip }) => rotateAppSecret(principal, ip));

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
