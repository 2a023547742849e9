// POST /api/v1/settings/workspace/app-secret/reveal — admin: the workspace app secret in clear (audited).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { revealAppSecret } from "@/lib/workspaces/workspace-settings";

export const POST = route({ access: "admin" }, ({ principal, ip }) => revealAppSecret(principal, ip));

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
