// How a connector takes part in event delivery: failure notices, pacing (rate limit), its retry schedule and its
// Standard Webhooks signing secret. Rotation keeps the previous secret signing for 24 hours so receivers can
// switch over without dropping a message; revealing a secret is admin-only and audited.
import { z } from "zod";
import { notFound } from "../core/errors";
import { writeAudit } from "../audit/write-audit";
import type { Principal } from "../core/principal";
import { decrypt, encrypt } from "../crypto/secret-key";
import { generateSigningSecret } from "../crypto/standard-webhooks";
import { SECRET_MASK } from "../crypto/tokens";
import { db } from "../db";

export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;
export const MAX_RETRY_ENTRIES = 20;
/** One week: a longer wait than that between two attempts is a mistake, not a schedule. */
const MAX_RETRY_DELAY_SECONDS = 7 * 24 * 60 * 60;

export const connectorParamsSchema = z.object({ id: z.uuid("Not a valid connector id") });

export const rateLimitSchema = z.object({
  count: z.int("Count must be a whole number").min(1, "At least 1 call").max(10_000, "At most 10000 calls"),
  windowMs: z
    .int("Window must be whole milliseconds")
    .min(1000, "Window must be at least 1 s")
    .max(3_600_000, "Window must be at most 1 h"),
});

export const eventSettingsSchema = z.object({
  notifyOnFailure: z.boolean().optional(),
  /** null turns the limit off (the default). */
  rateLimit: rateLimitSchema.nullable().optional(),
  /** Seconds to wait before each attempt (entry i before attempt i+1); null or [] returns to the default schedule. */
  retrySchedule: z
    .array(
      z
        .int("Seconds must be whole")
        .min(0, "Seconds must be 0 or more")
        .max(MAX_RETRY_DELAY_SECONDS, "At most one week"),
    )
    .max(MAX_RETRY_ENTRIES, `At most ${MAX_RETRY_ENTRIES} attempts`)
    .nullable()
    .optional(),
});
export type EventSettingsInput = z.infer<typeof eventSettingsSchema>;

const settingsSelect = {
  id: true,
  notifyOnFailure: true,
  rateLimitCount: true,
  rateLimitWindowMs: true,
  retrySchedule: true,
  signingSecretEnc: true,
  previousSigningSecretExpiresAt: true,
} as const;

interface SettingsRow {
  id: string;
  notifyOnFailure: boolean;
  rateLimitCount: number | null;
  rateLimitWindowMs: number | null;
  retrySchedule: number[];
  signingSecretEnc: string | null;
  previousSigningSecretExpiresAt: Date | null;
}

function toView(row: SettingsRow, now = new Date()) {
  const previousActive = row.previousSigningSecretExpiresAt !== null && row.previousSigningSecretExpiresAt > now;
  return {
    connectorId: row.id,
    notifyOnFailure: row.notifyOnFailure,
    rateLimit:
      row.rateLimitCount && row.rateLimitWindowMs
        ? { count: row.rateLimitCount, windowMs: row.rateLimitWindowMs }
        : null,
    retrySchedule: row.retrySchedule.length > 0 ? row.retrySchedule : null,
    signingSecret: row.signingSecretEnc ? SECRET_MASK : null,
    hasSigningSecret: Boolean(row.signingSecretEnc),
    previousSigningSecretExpiresAt: previousActive ? row.previousSigningSecretExpiresAt : null,
  };
}
export type EventSettingsView = ReturnType<typeof toView>;

async function readSettings(workspaceId: string, connectorId: string) {
  const row = await db().connector.findFirst({
    where: { id: connectorId, workspaceId },
    select: settingsSelect,
  });
  if (!row) throw notFound("Connector");
  return row;
}

export async function getEventSettings(workspaceId: string, connectorId: string) {
  return toView(await readSettings(workspaceId, connectorId));
}

export async function updateEventSettings(
  actor: Principal,
  connectorId: string,
  input: EventSettingsInput,
  ip: string | null,
) {
  const data = {
    notifyOnFailure: input.notifyOnFailure,
    ...(input.rateLimit === undefined
      ? {}
      : { rateLimitCount: input.rateLimit?.count ?? null, rateLimitWindowMs: input.rateLimit?.windowMs ?? null }),
    ...(input.retrySchedule === undefined ? {} : { retrySchedule: input.retrySchedule ?? [] }),
  };
  const result = await db().connector.updateMany({ where: { id: connectorId, workspaceId: actor.workspaceId }, data });
  if (result.count === 0) throw notFound("Connector");
  await writeAudit(actor, {
    action: "connector.event_settings_updated",
    targetType: "connector",
    targetId: connectorId,
    diff: input,
    ip,
  });
  return getEventSettings(actor.workspaceId, connectorId);
}

/**
 * New `whsec_…` secret; the current one moves to "previous" and keeps signing for 24 hours. The plaintext is in
 * the answer once. The row is locked so that two rotations at once cannot both demote the same secret.
 */
export async function rotateSigningSecret(actor: Principal, connectorId: string, ip: string | null, now = new Date()) {
  const signingSecret = generateSigningSecret();
  const previousExpiresAt = new Date(now.getTime() + PREVIOUS_SECRET_GRACE_MS);
  const hadSecret = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ signingSecretEnc: string | null }[]>`
      SELECT "signingSecretEnc" FROM "Connector"
      WHERE "id" = ${connectorId}::uuid AND "workspaceId" = ${actor.workspaceId}::uuid FOR UPDATE`;
    const current = rows[0];
    if (!current) throw notFound("Connector");
    await tx.connector.update({
      where: { id: connectorId },
      data: {
        signingSecretEnc: encrypt(signingSecret),
        previousSigningSecretEnc: current.signingSecretEnc,
        previousSigningSecretExpiresAt: current.signingSecretEnc ? previousExpiresAt : null,
      },
    });
    return Boolean(current.signingSecretEnc);
  });
  const previousSigningSecretExpiresAt = hadSecret ? previousExpiresAt : null;
  await writeAudit(actor, {
    action: "connector.signing_secret_rotated",
    targetType: "connector",
    targetId: connectorId,
    diff: {
      signingSecret: SECRET_MASK,
      previousSigningSecretExpiresAt: previousSigningSecretExpiresAt?.toISOString() ?? null,
    },
    ip,
  });
  return { signingSecret, previousSigningSecretExpiresAt };
}

/** The plaintext secrets, for an admin who must configure a receiver. Every reveal leaves an audit entry. */
export async function revealSigningSecret(actor: Principal, connectorId: string, ip: string | null) {
  const row = await db().connector.findFirst({
    where: { id: connectorId, workspaceId: actor.workspaceId },
    select: { signingSecretEnc: true, previousSigningSecretEnc: true, previousSigningSecretExpiresAt: true },
  });
  if (!row) throw notFound("Connector");
  const signingSecret = row.signingSecretEnc ? decrypt(row.signingSecretEnc) : null;
  const previousSigningSecret = activePrevious(row) ? decrypt(row.previousSigningSecretEnc!) : null;
  await writeAudit(actor, {
    action: "connector.signing_secret_revealed",
    targetType: "connector",
    targetId: connectorId,
    diff: { revealed: previousSigningSecret ? ["signingSecret", "previousSigningSecret"] : ["signingSecret"] },
    ip,
  });
  return {
    signingSecret,
    previousSigningSecret,
    previousSigningSecretExpiresAt: previousSigningSecret ? row.previousSigningSecretExpiresAt : null,
  };
}

export interface SigningSecretColumns {
  signingSecretEnc: string | null;
  previousSigningSecretEnc: string | null;
  previousSigningSecretExpiresAt: Date | null;
}

function activePrevious(columns: SigningSecretColumns, now = new Date()): boolean {
  return Boolean(
    columns.previousSigningSecretEnc &&
    columns.previousSigningSecretExpiresAt &&
    columns.previousSigningSecretExpiresAt > now,
  );
}

/**
 * The secrets a delivery is signed with: the current one, then the previous one while its grace period lasts.
 * The connector must be read with its secret columns (`omit: WITH_SECRETS` or an explicit select).
 */
export function activeSigningSecrets(connector: SigningSecretColumns, now = new Date()): string[] {
  const secrets: string[] = [];
  if (connector.signingSecretEnc) secrets.push(decrypt(connector.signingSecretEnc));
  if (activePrevious(connector, now)) secrets.push(decrypt(connector.previousSigningSecretEnc!));
  return secrets;
}
