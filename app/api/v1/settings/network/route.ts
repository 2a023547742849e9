// GET /api/v1/settings/network — viewer or admin; PUT — admin: replaces the outbound allowlist (audited).
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getNetworkSettings, putNetworkSettings } from "@/lib/network/network-settings";
import { networkSettingsSchema } from "@/lib/network/schema";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) => getNetworkSettings(principal.workspaceId));

export const PUT = route({ access: "admin", body: networkSettingsSchema }, ({ principal, body, ip }) =>
  putNetworkSettings(principal, body, ip),
);

export const { OPTIONS, POST, PATCH, DELETE } = otherMethods({ GET, PUT });
