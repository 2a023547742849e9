// Settings → Data retention: the number of days kept, the last run, the database's size, and "run now".
import { AppError } from "../core/errors";
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import { databaseStats } from "./database-stats";
import { runMaintenanceOnce } from "./maintenance-round";
import { retentionDeletedSchema, type RetentionSettings } from "./schema";

export async function getRetentionSettings(workspaceId: string) {
  const workspace = await db().workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { retentionDays: true, retentionRunAt: true, retentionDeleted: true },
  });
  const deleted = retentionDeletedSchema.safeParse(workspace.retentionDeleted);
  return {
    retentionDays: workspace.retentionDays,
    lastRun: workspace.retentionRunAt
      ? { at: workspace.retentionRunAt.toISOString(), deleted: deleted.success ? deleted.data : null }
      : null,
    database: await databaseStats(),
  };
}

export async function putRetentionSettings(principal: Principal, input: RetentionSettings, ip: string | null) {
  const before = await db().workspace.findUniqueOrThrow({
    where: { id: principal.workspaceId },
    select: { retentionDays: true },
  });
  await db().workspace.update({ where: { id: principal.workspaceId }, data: { retentionDays: input.retentionDays } });
  if (before.retentionDays !== input.retentionDays) {
    await writeAudit(principal, {
      action: "settings.retention.updated",
      targetType: "workspace",
      targetId: principal.workspaceId,
      diff: { retentionDays: { from: before.retentionDays, to: input.retentionDays } },
      ip,
    });
  }
  return getRetentionSettings(principal.workspaceId);
}

/** Runs now under the same lock as the schedule; 409 when another process is in the middle of a round. */
export async function runRetentionNow(principal: Principal, ip: string | null) {
  const result = await runMaintenanceOnce();
  if (!result)
    throw new AppError("conflict", "A retention run is already in progress in another process; try again in a minute");
  const { ranAt, ...deleted } = result;
  await writeAudit(principal, {
    action: "retention.run_completed",
    targetType: "workspace",
    targetId: principal.workspaceId,
    diff: { deleted },
    ip,
  });
  return { ranAt: ranAt.toISOString(), deleted };
}
