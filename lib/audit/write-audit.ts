// Audit entries: who did what to which object, with secrets already masked by the caller's diff.
import { db } from "../db";
import type { Principal } from "../core/principal";
import type { Prisma } from "../generated/prisma/client";

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  diff?: Prisma.InputJsonValue;
  ip?: string | null;
}

export async function writeAudit(actor: Principal | null, entry: AuditEntry, workspaceId?: string) {
  await db().auditLog.create({
    data: {
      workspaceId: actor?.workspaceId ?? workspaceId ?? null,
      actorType: actor ? actor.kind : "system",
      actorId: actor?.id ?? null,
      actorLabel: actor?.label ?? "system",
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      diff: entry.diff,
      ip: entry.ip ?? null,
    },
  });
}
