// The origin other systems use to reach this Switchboard, for the URLs it shows and hands out.
import { db } from "../db";
import { env } from "../env";

/**
 * Where callers reach Switchboard: Settings → public URL, else SWITCHBOARD_PUBLIC_URL, else the origin the current
 * request came to (a page rendered for a browser knows it), else this machine.
 */
export function publicBaseUrl(workspacePublicUrl: string | null, requestOrigin?: string | null): string {
  const base = workspacePublicUrl ?? env().SWITCHBOARD_PUBLIC_URL ?? requestOrigin ?? `http://localhost:${env().PORT}`;
  return base.replace(/\/+$/, "");
}

/** The public URL of one workspace, for pages that show examples callers copy (the API reference). */
export async function workspacePublicBaseUrl(workspaceId: string, requestOrigin?: string | null): Promise<string> {
  const workspace = await db().workspace.findUnique({ where: { id: workspaceId }, select: { publicUrl: true } });
  return publicBaseUrl(workspace?.publicUrl ?? null, requestOrigin);
}
