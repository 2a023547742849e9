// GET /api/v1/settings/workspace — viewer or admin; PATCH — admin: name and public URL (audited).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { updateWorkspaceSettingsSchema } from "@/lib/workspaces/schema";
import { getWorkspaceSettings, updateWorkspaceSettings } from "@/lib/workspaces/workspace-settings";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) => getWorkspaceSettings(principal.workspaceId));

export const PATCH = route({ access: "admin", body: updateWorkspaceSettingsSchema }, ({ principal, body, ip }) =>
  updateWorkspaceSettings(principal, body, ip),
);

export const { OPTIONS, POST, PUT, DELETE } = otherMethods({ GET, PATCH });
