// One nodemailer transport from the stored settings. The SMTP server is the administrator's own choice (often on
// the private network), so it does not go through the outbound guard the connectors use.
import nodemailer from "nodemailer";
import { decrypt } from "../crypto/secret-key";
import { db } from "../db";
import { storedSmtpSchema, type StoredSmtp } from "./schema";

export async function storedSmtp(workspaceId: string): Promise<StoredSmtp | null> {
  const workspace = await db().workspace.findUnique({ where: { id: workspaceId }, select: { smtp: true } });
  const parsed = storedSmtpSchema.safeParse(workspace?.smtp);
  return parsed.success ? parsed.data : null;
}

export function smtpTransport(smtp: StoredSmtp) {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.username ? { user: smtp.username, pass: smtp.passwordEnc ? decrypt(smtp.passwordEnc) : "" } : undefined,
    // A dead mail server should fail the test email within seconds, not hang the request.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

export async function sendMail(smtp: StoredSmtp, message: { to: string | string[]; subject: string; text: string }) {
  const transport = smtpTransport(smtp);
  try {
    const info = await transport.sendMail({ from: smtp.from, ...message });
    return { messageId: info.messageId as string };
  } finally {
    transport.close();
  }
}
