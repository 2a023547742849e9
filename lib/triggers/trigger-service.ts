// Triggers: create, read, update, delete, rotate and reveal the secret. Secrets are encrypted at rest and leave
// the service only from create and rotate (shown once) and the audited admin reveal.
import { AppError, notFound } from "../core/errors";
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { encrypt } from "../crypto/secret-key";
import { triggerTemplateWarnings } from "../connectors/template-warnings";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { activeTriggerSecrets, generateTriggerSecret } from "./secrets";
import type { CreateTriggerInput, UpdateTriggerInput } from "./schema";
import { lastEvents, serializeTrigger, triggerInclude } from "./serialize-trigger";
import { assertConnectorsExist } from "../connectors/assert-connectors-exist";

const WITH_SECRETS = { secretEnc: false, previousSecretEnc: false } as const;

const columns = (input: UpdateTriggerInput) => ({
  name: input.name,
  slug: input.slug,
  enabled: input.enabled,
  authType: input.authType,
  headerVariable: input.headerVariable,
  bodyVariable: input.bodyVariable,
  maxBodyBytes: input.maxBodyBytes,
  ...(input.rateLimit === undefined
    ? {}
    : { rateLimitCount: input.rateLimit?.count ?? null, rateLimitWindowMs: input.rateLimit?.windowMs ?? 1000 }),
  allowedMethods: input.allowedMethods,
});

const actionRows = (actions: CreateTriggerInput["actions"]) =>
  actions.map((action, position) => ({ connectorId: action.connectorId, bodyTemplate: action.bodyTemplate, position }));

function slugConflict(error: unknown): never {
  if ((error as { code?: string }).code === "P2002") {
    throw new AppError("conflict", "Another trigger already uses this slug", [
      { path: "slug", message: "Already in use" },
    ]);
  }
  throw error;
}

export async function createTrigger(actor: Principal, input: CreateTriggerInput, ip: string | null) {
  await assertConnectorsExist(actor.workspaceId, input.actions);
  const secret = input.secret ?? generateTriggerSecret(input.authType);
  const trigger = await db()
    .trigger.create({
      data: {
        ...columns(input),
        workspaceId: actor.workspaceId,
        name: input.name,
        slug: input.slug,
        secretEnc: encrypt(secret),
        actions: { create: actionRows(input.actions) },
      },
      include: triggerInclude,
    })
    .catch(slugConflict);
  await writeAudit(actor, {
    action: "trigger.created",
    targetType: "trigger",
    targetId: trigger.id,
    diff: { ...input, secret: "••••••••" },
    ip,
  });
  return { ...(await serializeTrigger(trigger)), secret };
}

export async function listTriggers(workspaceId: string) {
  const rows = await db().trigger.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    include: triggerInclude,
  });
  const latest = await lastEvents(rows.map((row) => row.id));
  return { data: await Promise.all(rows.map((row) => serializeTrigger(row, latest.get(row.id) ?? null))) };
}

export async function getTrigger(workspaceId: string, id: string) {
  const row = await db().trigger.findFirst({ where: { id, workspaceId }, include: triggerInclude });
  if (!row) throw notFound("Trigger");
  return serializeTrigger(row);
}

export async function updateTrigger(actor: Principal, id: string, input: UpdateTriggerInput, ip: string | null) {
  const existing = await db().trigger.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    select: { id: true, authType: true },
  });
  if (!existing) throw notFound("Trigger");
  if (input.authType && input.authType !== existing.authType) {
    // The stored secret belongs to the old scheme (a random key is no provider's signing secret).
    throw new AppError(
      "validation_failed",
      "The authentication type of a trigger cannot change: create a new trigger instead",
      [{ path: "authType", message: "Cannot change after creation" }],
    );
  }
  if (input.actions) await assertConnectorsExist(actor.workspaceId, input.actions);
  const trigger = await db()
    .$transaction(async (tx) => {
      if (input.actions) {
        await tx.triggerAction.deleteMany({ where: { triggerId: id } });
        await tx.triggerAction.createMany({
          data: actionRows(input.actions).map((row) => ({ ...row, triggerId: id })),
        });
      }
      return tx.trigger.update({ where: { id }, data: columns(input), include: triggerInclude });
    })
    .catch(slugConflict);
  await writeAudit(actor, {
    action: "trigger.updated",
    targetType: "trigger",
    targetId: id,
    diff: input as Prisma.InputJsonValue,
    ip,
  });
  // Saved either way; the warnings say which actions cannot render the trigger's last accepted request.
  return { ...(await serializeTrigger(trigger)), warnings: await triggerTemplateWarnings(actor.workspaceId, id) };
}

export async function deleteTrigger(actor: Principal, id: string, ip: string | null) {
  const { count } = await db().trigger.deleteMany({ where: { id, workspaceId: actor.workspaceId } });
  if (count === 0) throw notFound("Trigger");
  await writeAudit(actor, { action: "trigger.deleted", targetType: "trigger", targetId: id, ip });
}

/** New secret now; the previous one keeps working for the grace period so callers can switch without loss. */
export async function rotateTriggerSecret(
  actor: Principal,
  id: string,
  input: { secret?: string; graceSeconds: number },
  ip: string | null,
) {
  const row = await db().trigger.findFirst({ where: { id, workspaceId: actor.workspaceId }, omit: WITH_SECRETS });
  if (!row) throw notFound("Trigger");
  const secret = input.secret ?? generateTriggerSecret(row.authType);
  const previousSecretExpiresAt = new Date(Date.now() + input.graceSeconds * 1000);
  const updated = await db().trigger.update({
    where: { id },
    data: {
      secretEnc: encrypt(secret),
      previousSecretEnc: input.graceSeconds > 0 ? row.secretEnc : null,
      previousSecretExpiresAt: input.graceSeconds > 0 ? previousSecretExpiresAt : null,
    },
    include: triggerInclude,
  });
  await writeAudit(actor, {
    action: "trigger.secret_rotated",
    targetType: "trigger",
    targetId: id,
    diff: { graceSeconds: input.graceSeconds },
    ip,
  });
  return { ...(await serializeTrigger(updated)), secret };
}

export async function revealTriggerSecret(actor: Principal, id: string, ip: string | null) {
  const row = await db().trigger.findFirst({ where: { id, workspaceId: actor.workspaceId }, omit: WITH_SECRETS });
  if (!row) throw notFound("Trigger");
  await writeAudit(actor, { action: "trigger.secret_revealed", targetType: "trigger", targetId: id, ip });
  const [secret, previous] = activeTriggerSecrets(row);
  return { secret, previousSecret: previous ?? null, previousSecretExpiresAt: row.previousSecretExpiresAt };
}
