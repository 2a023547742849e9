// Settings → Network, the one reader and writer of the outbound allowlist setting: what the guard applies to a
// workspace's calls, the settings page's read and (audited) replace, and the address check against the saved list.
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import { envAllowlist } from "../env";
import { checkUrl } from "./check-url";
import type { NetworkSettings } from "./schema";

/** What the outbound SSRF guard lets through for a workspace: Settings → Network plus SWITCHBOARD_ALLOW_PRIVATE. */
export async function outboundAllowlist(workspaceId: string): Promise<string[]> {
  const workspace = await db().workspace.findUnique({ where: { id: workspaceId }, select: { networkAllowlist: true } });
  return [...(workspace?.networkAllowlist ?? []), ...envAllowlist()];
}

export async function getNetworkSettings(workspaceId: string) {
  const workspace = await db().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { networkAllowlist: true },
  });
  // The environment's entries are shown read-only: they apply too, but only the server's configuration changes them.
  return { allowlist: workspace.networkAllowlist, environmentAllowlist: envAllowlist() };
}

export async function putNetworkSettings(principal: Principal, input: NetworkSettings, ip: string | null) {
  const allowlist = [...new Set(input.allowlist)];
  const before = await db().workspace.findUniqueOrThrow({
    where: { id: principal.workspaceId },
    select: { networkAllowlist: true },
  });
  await db().workspace.update({ where: { id: principal.workspaceId }, data: { networkAllowlist: allowlist } });
  const added = allowlist.filter((entry) => !before.networkAllowlist.includes(entry));
  const removed = before.networkAllowlist.filter((entry) => !allowlist.includes(entry));
  if (added.length || removed.length) {
    await writeAudit(principal, {
      action: "settings.network.updated",
      targetType: "workspace",
      targetId: principal.workspaceId,
      diff: { added, removed },
      ip,
    });
  }
  return getNetworkSettings(principal.workspaceId);
}

export async function checkWorkspaceUrl(workspaceId: string, url: string) {
  const { allowlist } = await getNetworkSettings(workspaceId);
  return checkUrl(url, allowlist);
}
