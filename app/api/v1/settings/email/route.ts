// GET /api/v1/settings/email — viewer or admin (password masked); PUT — admin: SMTP settings (audited); DELETE — admin: stop sending email.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { smtpSettingsSchema } from "@/lib/email/schema";
import { clearEmailSettings, getEmailSettings, putEmailSettings } from "@/lib/email/email-settings";

export const dynamic = "force-dynamic";

export const GET = route({ access: "viewer" }, ({ principal }) => getEmailSettings(principal.workspaceId));

export const PUT = route({ access: "admin", body: smtpSettingsSchema }, ({ principal, body, ip }) =>
  putEmailSettings(principal, body, ip),
);

export const DELETE = route({ access: "admin" }, ({ principal, ip }) => clearEmailSettings(principal, ip));

export const { OPTIONS, POST, PATCH } = otherMethods({ GET, PUT, DELETE });
