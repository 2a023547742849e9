// Failure notices by email: when the workspace has SMTP settings, the workspace's admins get the notice the bell
// shows. Called after the notice is stored and never awaited by it: a slow or broken mail server must not hold up
// or fail the delivery that raised the notice, so failures are logged, not thrown.
import { db } from "../db";
import { sendMail, storedSmtp } from "../email/smtp-transport";
import { logger } from "../logger";
import type { NotificationInput } from "./raise-notification";

export async function emailNotice(input: Pick<NotificationInput, "workspaceId" | "title" | "message">): Promise<void> {
  try {
    const smtp = await storedSmtp(input.workspaceId);
    if (!smtp) return;
    // Users are not per workspace yet (Switchboard runs one): every active admin gets it.
    const admins = await db().user.findMany({ where: { role: "admin", disabledAt: null }, select: { email: true } });
    if (admins.length === 0) return;
    await sendMail(smtp, {
      to: admins.map((admin) => admin.email),
      subject: `[Switchboard] ${input.title}`,
      text: `${input.message}\n\nSee the notifications in Switchboard for details.`,
    });
  } catch (error) {
    logger.warn("failure notice email not sent", { error: error instanceof Error ? error.message : String(error) });
  }
}
