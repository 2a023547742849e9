// SMTP settings for failure notices and the test email. The password is write-only: answers carry the mask, and
// a PUT that sends the mask (or nothing) keeps the stored one.
import { z } from "zod";

export const smtpSettingsSchema = z.object({
  host: z.string().trim().min(1, "Enter the SMTP server's host name").max(253),
  port: z.coerce.number().int("Whole number").min(1, "Port 1–65535").max(65535, "Port 1–65535"),
  /** TLS from the first byte (usually port 465); otherwise STARTTLS is used when the server offers it. */
  secure: z.boolean(),
  username: z.string().trim().max(200).optional().default(""),
  password: z.string().max(500).optional(),
  from: z.email("Enter the sender's email address").max(320),
});
export type SmtpSettingsInput = z.input<typeof smtpSettingsSchema>;
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;

/** What the workspace row stores in its smtp column. */
export const storedSmtpSchema = z.object({
  host: z.string(),
  port: z.number(),
  secure: z.boolean(),
  username: z.string(),
  passwordEnc: z.string().nullable(),
  from: z.string(),
});
export type StoredSmtp = z.infer<typeof storedSmtpSchema>;

export const testEmailSchema = z.object({ to: z.email("Enter an email address") });

/** Settings → Email as the API answers it (lib/email/email-settings.ts): the password masked. */
export const emailSettingsViewSchema = z
  .object({
    configured: z.boolean(),
    smtp: storedSmtpSchema
      .omit({ passwordEnc: true })
      .extend({ password: z.string().describe("•••••••• when one is stored, else empty") })
      .nullable()
      .describe("Null until SMTP settings are saved"),
  })
  .meta({ id: "EmailSettings" });

export const testEmailSentSchema = z
  .object({ ok: z.literal(true), messageId: z.string().describe("The id the mail server gave the message") })
  .meta({ id: "TestEmailSent" });
