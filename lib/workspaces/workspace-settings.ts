// Settings → Workspace: name, public URL and the app secret (masked; revealed or rotated by admins, audited).
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { encrypt } from "../crypto/secret-key";
import { SECRET_MASK } from "../crypto/secret-mask";
import { randomToken } from "../crypto/tokens";
import { db } from "../db";
import { publicBaseUrl } from "./public-url";
import { workspaceAppSecret } from "./app-secret";
import type { UpdateWorkspaceSettings } from "./schema";

const select = { id: true, slug: true, name: true, publicUrl: true, appSecretEnc: true, updatedAt: true } as const;

function serialize(workspace: {
  id: string;
  slug: string;
  name: string;
  publicUrl: string | null;
  appSecretEnc: string | null;
  updatedAt: Date;
}) {
  return {
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    publicUrl: workspace.publicUrl,
    appSecret: workspace.appSecretEnc ? SECRET_MASK : null,
    /** What trigger URLs start with while publicUrl is empty (SWITCHBOARD_PUBLIC_URL, else this machine). */
    fallbackPublicUrl: publicBaseUrl(null),
    updatedAt: workspace.updatedAt.toISOString(),
  };
}
export type WorkspaceSettings = ReturnType<typeof serialize>;

export async function getWorkspaceSettings(workspaceId: string): Promise<WorkspaceSettings> {
  return serialize(await db().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select }));
}

export async function updateWorkspaceSettings(principal: Principal, input: UpdateWorkspaceSettings, ip: string | null) {
  const before = await db().workspace.findUniqueOrThrow({ where: { id: principal.workspaceId }, select });
  const after = await db().workspace.update({ where: { id: principal.workspaceId }, data: input, select });
  const diff = Object.fromEntries(
    (["name", "publicUrl"] as const)
      .filter((field) => field in input && before[field] !== after[field])
      .map((field) => [field, { from: before[field], to: after[field] }]),
  );
  if (Object.keys(diff).length > 0) {
    await writeAudit(principal, {
      action: "settings.workspace.updated",
      targetType: "workspace",
      targetId: after.id,
      diff,
      ip,
    });
  }
  return serialize(after);
}

export async function revealAppSecret(principal: Principal, ip: string | null) {
  const appSecret = await workspaceAppSecret(principal.workspaceId);
  await writeAudit(principal, {
    action: "settings.app_secret.revealed",
    targetType: "workspace",
    targetId: principal.workspaceId,
    ip,
  });
  return { appSecret };
}

/** The new secret is in this answer once; app_secret connectors send it from their next request on. */
export async function rotateAppSecret(principal: Principal, ip: string | null) {
  const appSecret = `sbapp_${randomToken(32)}`;
  await db().workspace.update({ where: { id: principal.workspaceId }, data: { appSecretEnc: encrypt(appSecret) } });
  await writeAudit(principal, {
    action: "settings.app_secret.rotated",
    targetType: "workspace",
    targetId: principal.workspaceId,
    diff: { appSecret: { from: SECRET_MASK, to: SECRET_MASK } },
    ip,
  });
  return { appSecret };
}
