// Workspace settings as admins edit them: the display name and the public base URL trigger URLs are built on.
import { z } from "zod";

export const publicUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), "Enter an http:// or https:// URL")
  .refine((value) => !URL.canParse(value) || (!new URL(value).search && !new URL(value).hash), "Leave out ?query and #fragment")
  // Trigger URLs append /t/<slug>; a trailing slash would double it.
  .transform((value) => value.replace(/\/+$/, ""));

export const workspaceSettingsSchema = z.object({
  name: z.string().trim().min(1, "Name the workspace").max(100),
  /** Empty means: build trigger URLs from the address the dashboard is opened with. */
  publicUrl: z.union([z.literal("").transform(() => null), z.null(), publicUrlSchema]),
});
export const updateWorkspaceSettingsSchema = workspaceSettingsSchema.partial();
export type WorkspaceSettingsInput = z.input<typeof workspaceSettingsSchema>;
export type UpdateWorkspaceSettings = z.infer<typeof updateWorkspaceSettingsSchema>;
