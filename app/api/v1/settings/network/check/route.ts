// POST /api/v1/settings/network/check — admin only (it resolves any name through the server): would the outbound guard allow this URL's addresses? DNS only, never connects.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { checkWorkspaceUrl } from "@/lib/network/network-settings";
import { checkAddressBodySchema } from "@/lib/network/schema";

export const POST = route({ access: "admin", body: checkAddressBodySchema }, ({ principal, body }) =>
  checkWorkspaceUrl(principal.workspaceId, body.url),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
