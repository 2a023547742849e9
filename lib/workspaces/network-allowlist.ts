// What the outbound SSRF guard lets through for a workspace: Settings → Network plus SWITCHBOARD_ALLOW_PRIVATE.
import { db } from "../db";
import { envAllowlist } from "../env";

export async function outboundAllowlist(workspaceId: string): Promise<string[]> {
  const workspace = await db().workspace.findUnique({ where: { id: workspaceId }, select: { networkAllowlist: true } });
  return [...(workspace?.networkAllowlist ?? []), ...envAllowlist()];
}
