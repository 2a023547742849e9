// The workspace app secret (Settings → Workspace) also authenticates calls to Switchboard's own API, sent as
// X-App-Secret — the way app_secret connectors call internal services. It carries the admin role.
import { decrypt } from "../crypto/secret-key";
import { safeEqual } from "../crypto/tokens";
import { db } from "../db";
import { defaultWorkspaceId } from "../workspaces/default-workspace";
import type { Principal } from "./principal";

export const APP_SECRET_HEADER = "x-app-secret";

export async function principalFromAppSecret(presented: string): Promise<Principal | null> {
  const workspaceId = await defaultWorkspaceId();
  const workspace = await db().workspace.findUnique({ where: { id: workspaceId }, select: { appSecretEnc: true } });
  // No secret yet means nobody can hold one: never generate it on a caller's behalf.
  if (!workspace?.appSecretEnc || !safeEqual(presented, decrypt(workspace.appSecretEnc))) return null;
  return { kind: "token", id: "app-secret", userId: null, label: "app secret", role: "admin", workspaceId };
}
