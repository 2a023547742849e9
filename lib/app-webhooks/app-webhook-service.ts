// App webhooks (the listener-style shape): create, list, get, delete. The row's random uuid is the credential of
// its trigger URL, so only admins of the workspace are shown it: viewers read that a webhook exists, never fire it.
import { z } from "zod";
import { notFound } from "../core/errors";
import type { Principal } from "../core/principal";
import { SECRET_MASK } from "../crypto/secret-mask";
import type { Role } from "../generated/prisma/enums";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { publicBaseUrl } from "../workspaces/public-url";
import type { CreateAppWebhookInput } from "./schema";

const select = {
  id: true,
  workspaceId: true,
  action: true,
  props: true,
  userId: true,
  createdAt: true,
  workspace: { select: { environmentId: true } },
} as const;
type AppWebhookRow = Prisma.AppWebhookGetPayload<{ select: typeof select }>;

/** The documented answer of POST /api/app/webhooks, field for field. */
export function toCompatShape(row: AppWebhookRow) {
  return {
    uuid: row.id,
    action: row.action,
    props: row.props,
    environment_id: row.workspace.environmentId,
    user_id: row.userId,
  };
}

/** Viewers get the uuid (and the trigger URL made from it) masked, like every other secret. */
export function maskUuidFor<T extends { uuid: string; triggerUrl?: string }>(role: Role, shape: T): T {
  if (role === "admin") return shape;
  const masked = { ...shape, uuid: SECRET_MASK };
  if (shape.triggerUrl !== undefined) masked.triggerUrl = shape.triggerUrl.replace(shape.uuid, SECRET_MASK);
  return masked;
}

/** The documented trigger path (next.config.ts rewrites it to the /api/ route, which answers too). */
export function appWebhookTriggerPath(workspaceId: string, webhookId: string) {
  return `/apps/${workspaceId}/webhooks/${webhookId}`;
}

/** The dashboard's shape: the documented fields plus when it was made, its trigger URL and its listener. */
async function toDashboardShape(rows: AppWebhookRow[], workspaceId: string) {
  const [workspace, listeners] = await Promise.all([
    db().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { publicUrl: true } }),
    db().appListener.findMany({
      where: { workspaceId, name: { in: [...new Set(rows.map((row) => row.action))] } },
      select: { id: true, name: true, _count: { select: { actions: true } } },
    }),
  ]);
  const base = publicBaseUrl(workspace.publicUrl);
  const byName = new Map(listeners.map((listener) => [listener.name, listener]));
  return rows.map((row) => {
    const listener = byName.get(row.action);
    return {
      ...toCompatShape(row),
      createdAt: row.createdAt,
      triggerUrl: `${base}${appWebhookTriggerPath(row.workspaceId, row.id)}`,
      listener: listener ? { id: listener.id, name: listener.name, actions: listener._count.actions } : null,
    };
  });
}
export type AppWebhookDto = Awaited<ReturnType<typeof toDashboardShape>>[number];

export async function createAppWebhook(actor: Principal, input: CreateAppWebhookInput, ip: string | null) {
  const row = await db().appWebhook.create({
    data: { workspaceId: actor.workspaceId, action: input.action, props: input.props as Prisma.InputJsonValue },
    select,
  });
  await writeAudit(actor, {
    action: "app_webhook.created",
    targetType: "app_webhook",
    targetId: row.id,
    diff: { action: input.action },
    ip,
  });
  return row;
}

export function listAppWebhookRows(workspaceId: string) {
  return db().appWebhook.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" }, take: 1000, select });
}

export async function listAppWebhooks(workspaceId: string, role: Role) {
  const rows = await toDashboardShape(await listAppWebhookRows(workspaceId), workspaceId);
  return { data: rows.map((row) => maskUuidFor(role, row)) };
}

/** The documented list shape, uuids masked for viewers. */
export async function listCompatAppWebhooks(workspaceId: string, role: Role) {
  return (await listAppWebhookRows(workspaceId)).map((row) => maskUuidFor(role, toCompatShape(row)));
}

/** Unknown and malformed ids alike are "not found": the id is a credential, so no hint either way. */
export async function getAppWebhookRow(workspaceId: string, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("App webhook");
  const row = await db().appWebhook.findFirst({ where: { id, workspaceId }, select });
  if (!row) throw notFound("App webhook");
  return row;
}

export async function createAppWebhookForDashboard(actor: Principal, input: CreateAppWebhookInput, ip: string | null) {
  const [dto] = await toDashboardShape([await createAppWebhook(actor, input, ip)], actor.workspaceId);
  return dto!;
}

export async function deleteAppWebhook(actor: Principal, id: string, ip: string | null) {
  const row = await getAppWebhookRow(actor.workspaceId, id);
  await db().appWebhook.delete({ where: { id: row.id } });
  await writeAudit(actor, { action: "app_webhook.deleted", targetType: "app_webhook", targetId: id, ip });
}
