// Settings → Email: reads and saves the SMTP settings (password encrypted, masked in answers and audit diffs),
// and sends a test email.
import { AppError } from "../core/errors";
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { encrypt } from "../crypto/secret-key";
import { SECRET_MASK } from "../crypto/secret-mask";
import { db } from "../db";
import { BlockedAddressError } from "../http";
import { Prisma } from "../generated/prisma/client";
import type { SmtpSettings, StoredSmtp } from "./schema";
import { sendMail, storedSmtp } from "./smtp-transport";

function serialize(smtp: StoredSmtp | null) {
  if (!smtp) return { configured: false as const, smtp: null };
  const { passwordEnc, ...rest } = smtp;
  return { configured: true as const, smtp: { ...rest, password: passwordEnc ? SECRET_MASK : "" } };
}

export async function getEmailSettings(workspaceId: string) {
  return serialize(await storedSmtp(workspaceId));
}

export async function putEmailSettings(principal: Principal, input: SmtpSettings, ip: string | null) {
  const before = await storedSmtp(principal.workspaceId);
  const keepPassword = input.password === undefined || input.password === SECRET_MASK;
  const next: StoredSmtp = {
    host: input.host,
    port: input.port,
    secure: input.secure,
    username: input.username,
    passwordEnc: keepPassword ? (before?.passwordEnc ?? null) : input.password ? encrypt(input.password) : null,
    from: input.from,
  };
  await db().workspace.update({ where: { id: principal.workspaceId }, data: { smtp: next } });
  const diff: Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }> = {};
  for (const field of ["host", "port", "secure", "username", "from"] as const) {
    if (before?.[field] !== next[field]) diff[field] = { from: before?.[field] ?? null, to: next[field] };
  }
  if (!keepPassword)
    diff.password = { from: before?.passwordEnc ? SECRET_MASK : null, to: next.passwordEnc ? SECRET_MASK : null };
  if (Object.keys(diff).length > 0) {
    await writeAudit(principal, {
      action: "settings.email.updated",
      targetType: "workspace",
      targetId: principal.workspaceId,
      diff,
      ip,
    });
  }
  return serialize(next);
}

export async function clearEmailSettings(principal: Principal, ip: string | null) {
  await db().workspace.update({ where: { id: principal.workspaceId }, data: { smtp: Prisma.DbNull } });
  await writeAudit(principal, {
    action: "settings.email.cleared",
    targetType: "workspace",
    targetId: principal.workspaceId,
    ip,
  });
  return serialize(null);
}

/** The mail server's own words when it refuses, so the admin can fix the setting that is wrong. */
export async function sendTestEmail(workspaceId: string, to: string) {
  const smtp = await storedSmtp(workspaceId);
  if (!smtp) throw new AppError("bad_request", "Save the SMTP settings before sending a test email");
  try {
    const { messageId } = await sendMail(workspaceId, smtp, {
      to,
      subject: "Switchboard test email",
      text: "This is a test email from Switchboard. Failure notices will arrive the same way.",
    });
    return { ok: true as const, messageId };
  } catch (error) {
    // The guard's refusal carries no port state (nothing connected), so it is safe to show as it is.
    if (error instanceof BlockedAddressError)
      throw new AppError("bad_request", `The mail server's address is not allowed: ${error.message}`);
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError("bad_request", `The mail server did not accept the test email: ${message}`);
  }
}
