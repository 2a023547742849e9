// Audit entries: who did what to which object, with secrets already masked by the caller's diff.
import { db } from "../db";
import type { Principal } from "../core/principal";
import type { Prisma } from "../generated/prisma/client";

/**
 * Every action the log records, named for what happened (object.past_tense): one list, so a new entry cannot invent
 * a second spelling. Entries written before this list existed were renamed by the audit_actions_past_tense migration.
 */
export type AuditAction =
  | "api_token.created"
  | "api_token.revoked"
  | "app_listener.created"
  | "app_listener.deleted"
  | "app_listener.updated"
  | "app_webhook.created"
  | "app_webhook.deleted"
  | "auth.sign_in_failed"
  | "auth.sign_in_throttled"
  | "auth.signed_in"
  | "auth.signed_out"
  | "connector.created"
  | "connector.deleted"
  | "connector.event_settings_updated"
  | "connector.secret_revealed"
  | "connector.signing_secret_revealed"
  | "connector.signing_secret_rotated"
  | "connector.subscriptions_updated"
  | "connector.updated"
  | "connector.url_credentials_moved"
  | "connector.url_credentials_removed"
  | "delivery.bulk_cancelled"
  | "delivery.bulk_retried"
  | "delivery.cancelled"
  | "delivery.recovered"
  | "delivery.retried"
  | "event_type.archived"
  | "event_type.catalogue_imported"
  | "event_type.created"
  | "event_type.unarchived"
  | "event_type.updated"
  | "retention.run_completed"
  | "settings.app_secret.revealed"
  | "settings.app_secret.rotated"
  | "settings.email.cleared"
  | "settings.email.updated"
  | "settings.network.updated"
  | "settings.retention.updated"
  | "settings.workspace.updated"
  | "setup.completed"
  | "trigger.created"
  | "trigger.deleted"
  | "trigger.secret_revealed"
  | "trigger.secret_rotated"
  | "trigger.updated"
  | "user.created"
  | "user.deleted"
  | "user.role_changed";

export interface AuditEntry {
  action: AuditAction;
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
