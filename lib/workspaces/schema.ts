// Workspace settings as admins edit them: the display name and the public base URL trigger URLs are built on.
import { z } from "zod";

const isHttpUrl = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** Empty (or null) means: SWITCHBOARD_PUBLIC_URL, else http://localhost:<port> (lib/triggers/serialize-trigger.ts). */
export const publicUrlSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === "" || isHttpUrl(value), "Enter an http:// or https:// URL")
  .refine(
    (value) => !isHttpUrl(value) || (!new URL(value).search && !new URL(value).hash),
    "Leave out ?query and #fragment",
  )
  // Trigger URLs append /t/<slug>; a trailing slash would double it.
  .transform((value) => (value === "" ? null : value.replace(/\/+$/, "")))
  .nullable();

export const workspaceSettingsSchema = z.object({
  name: z.string().trim().min(1, "Name the workspace").max(100),
  publicUrl: publicUrlSchema,
});
export const updateWorkspaceSettingsSchema = workspaceSettingsSchema.partial();
export type WorkspaceSettingsInput = z.input<typeof workspaceSettingsSchema>;
export type UpdateWorkspaceSettings = z.infer<typeof updateWorkspaceSettingsSchema>;

/** Settings → Workspace as the API answers it (lib/workspaces/workspace-settings.ts). */
export const workspaceSettingsViewSchema = z
  .object({
    id: z.uuid(),
    slug: z.string().describe("In trigger URLs: /api/webhook/<slug>/<trigger>"),
    name: workspaceSettingsSchema.shape.name,
    publicUrl: z.string().nullable().describe("The base of trigger URLs; null: fallbackPublicUrl"),
    appSecret: z.string().nullable().describe("•••••••• when set; reveal or rotate it through its own routes"),
    fallbackPublicUrl: z.string().describe("What trigger URLs start with while publicUrl is empty"),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "WorkspaceSettings" });

export const appSecretSchema = z
  .object({ appSecret: z.string().describe("The app secret in clear (a rotation's new one is shown once)") })
  .meta({ id: "AppSecret", description: "What app_secret connectors send; written to the audit log" });
