// GET /api/v1/settings/retention — viewer or admin: days kept, last run, database size; PUT — admin (audited).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getRetentionSettings, putRetentionSettings } from "@/lib/retention/retention-settings";
import { retentionSettingsSchema } from "@/lib/retention/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) => getRetentionSettings(principal.workspaceId));

export const PUT = route({ access: "admin", body: retentionSettingsSchema }, ({ principal, body, ip }) =>
  putRetentionSettings(principal, body, ip),
);

export const { OPTIONS, POST, PATCH, DELETE } = otherMethods({ GET, PUT });
