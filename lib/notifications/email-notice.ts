// Failure notices by email: when the workspace has SMTP settings, the workspace's admins get the notice the bell
// shows. Called after the notice is stored and never awaited by it: a slow or broken mail server must not hold up
// or fail the delivery that raised the notice, so failures are logged, not thrown. A receiver that goes down can
// kill hundreds of deliveries in a minute; past MAX_PER_HOUR the rest stay in the dashboard only.
import { db } from "../db";
import { sendMail, storedSmtp } from "../email/smtp-transport";
import { logger } from "../core/logger";
import { consumeRateLimit } from "../rate-limit";

export const MAX_NOTICE_EMAILS_PER_HOUR = 30;

export type NoticeEmailOutcome = "sent" | "no_smtp" | "no_admins" | "throttled" | "failed";

/** What a notice email says; the notice itself is stored by raiseNotification, which calls this. */
export interface NoticeEmail {
  workspaceId: string;
  title: string;
  message: string;
}

export async function emailNotice(input: NoticeEmail): Promise<NoticeEmailOutcome> {
  try {
    const smtp = await storedSmtp(input.workspaceId);
    if (!smtp) return "no_smtp";
    // Users are not per workspace yet (Switchboard runs one): every active admin gets it.
    const admins = await db().user.findMany({ where: { role: "admin", disabledAt: null }, select: { email: true } });
    if (admins.length === 0) return "no_admins";
    const budget = await consumeRateLimit(`notice-email:${input.workspaceId}`, MAX_NOTICE_EMAILS_PER_HOUR, 3600_000);
    if (!budget.allowed) {
      logger.warn("failure notice not emailed: hourly limit reached", { title: input.title });
      return "throttled";
    }
    await sendMail(input.workspaceId, smtp, {
      to: admins.map((admin) => admin.email),
      subject: `[Switchboard] ${input.title}`,
      text: `${input.message}\n\nSee the notifications in Switchboard for details.`,
    });
    return "sent";
  } catch (error) {
    logger.warn("failure notice email not sent", { error: error instanceof Error ? error.message : String(error) });
    return "failed";
  }
}
