// One nodemailer transport from the stored settings, connected through the outbound guard the connectors use: the
// host is resolved and judged (address and port) before any connection, and nodemailer is handed the checked address
// (the name is kept for TLS), so a private mail server must be allowlisted like any private target — usually as
// host:port in Settings → Network. A refused address says nothing about the port, so the test email cannot be used
// to scan the private network.
import nodemailer from "nodemailer";
import { decrypt } from "../crypto/secret-key";
import { db } from "../db";
import { isIpLiteral } from "../http/ssrf";
import { resolveGuarded } from "../http";
import { outboundAllowlist } from "../network/network-settings";
import { storedSmtpSchema, type StoredSmtp } from "./schema";

export async function storedSmtp(workspaceId: string): Promise<StoredSmtp | null> {
  const workspace = await db().workspace.findUnique({ where: { id: workspaceId }, select: { smtp: true } });
  const parsed = storedSmtpSchema.safeParse(workspace?.smtp);
  return parsed.success ? parsed.data : null;
}

/** `address`: the IP literal resolveGuarded approved for smtp.host. */
function smtpTransport(smtp: StoredSmtp, address: string) {
  const host = smtp.host.replace(/^\[|\]$/g, "");
  return nodemailer.createTransport({
    host: address,
    // Certificates are checked against the name the administrator entered, not the address it resolved to.
    ...(isIpLiteral(host) ? {} : { servername: host }),
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.username ? { user: smtp.username, pass: smtp.passwordEnc ? decrypt(smtp.passwordEnc) : "" } : undefined,
    // A dead mail server should fail the test email within seconds, not hang the request.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
}

/** Throws BlockedAddressError when the guard refuses the mail server; nothing has connected then. */
export async function sendMail(
  workspaceId: string,
  smtp: StoredSmtp,
  message: { to: string | string[]; subject: string; text: string },
) {
  const address = await resolveGuarded(smtp.host, smtp.port, await outboundAllowlist(workspaceId));
  const transport = smtpTransport(smtp, address);
  try {
    const info = await transport.sendMail({ from: smtp.from, ...message });
    return { messageId: info.messageId as string };
  } finally {
    transport.close();
  }
}
