// Switchboard runs one workspace, "default", created on first use; the data model is ready for more.
import { db } from "../db";

export const DEFAULT_WORKSPACE_SLUG = "default";

let cachedId: string | undefined;

export async function defaultWorkspaceId(): Promise<string> {
  if (cachedId) return cachedId;
  const workspace = await db().workspace.upsert({
    where: { slug: DEFAULT_WORKSPACE_SLUG },
    create: { slug: DEFAULT_WORKSPACE_SLUG, name: "Default workspace" },
    update: {},
    select: { id: true },
  });
  cachedId = workspace.id;
  return cachedId;
}
