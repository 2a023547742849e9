// POST /api/v1/settings/email/test — admin: sends a test email with the saved SMTP settings; the server's refusal comes back as a 400.
import { route } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { testEmailSchema } from "@/lib/email/schema";
import { sendTestEmail } from "@/lib/email/email-settings";

export const POST = route({ access: "admin", body: testEmailSchema }, ({ principal, body }) =>
  sendTestEmail(principal.workspaceId, body.to),
);

export const { GET, HEAD, OPTIONS, PUT, PATCH, DELETE } = otherMethods({ POST });
