// App listeners: a name (what app webhooks put in `action`) and the connectors it calls, in order, each with an
// optional body template over {{event}}, {{props}} and {{webhook}}.
import { z } from "zod";
import { AppError, notFound } from "../core/errors";
import type { Principal } from "../core/principal";
import { writeAudit } from "../audit/write-audit";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { CreateAppListenerInput, UpdateAppListenerInput } from "./schema";
import { assertConnectorsExist } from "../connectors/assert-connectors-exist";

const listenerSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  actions: {
    orderBy: { position: "asc" },
    select: { id: true, connectorId: true, bodyTemplate: true, connector: { select: { name: true, enabled: true } } },
  },
} satisfies Prisma.AppListenerSelect;
type ListenerRow = Prisma.AppListenerGetPayload<{ select: typeof listenerSelect }>;

function serializeListener(row: ListenerRow) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    actions: row.actions.map((action) => ({
      id: action.id,
      connectorId: action.connectorId,
      connectorName: action.connector.name,
      connectorEnabled: action.connector.enabled,
      bodyTemplate: action.bodyTemplate,
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
export type AppListenerDto = ReturnType<typeof serializeListener>;

function nameConflict(error: unknown): never {
  if ((error as { code?: string }).code === "P2002") {
    throw new AppError("conflict", "Another listener already has this name", [
      { path: "name", message: "Already in use" },
    ]);
  }
  throw error;
}

const actionRows = (actions: CreateAppListenerInput["actions"]) =>
  actions.map((action, position) => ({ connectorId: action.connectorId, bodyTemplate: action.bodyTemplate, position }));

async function findOwned(workspaceId: string, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("Listener");
  const row = await db().appListener.findFirst({ where: { id, workspaceId }, select: listenerSelect });
  if (!row) throw notFound("Listener");
  return row;
}

export async function listAppListeners(workspaceId: string) {
  const rows = await db().appListener.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    select: listenerSelect,
  });
  return { data: rows.map(serializeListener) };
}

export async function getAppListener(workspaceId: string, id: string) {
  return serializeListener(await findOwned(workspaceId, id));
}

export async function createAppListener(actor: Principal, input: CreateAppListenerInput, ip: string | null) {
  await assertConnectorsExist(actor.workspaceId, input.actions);
  const row = await db()
    .appListener.create({
      data: {
        workspaceId: actor.workspaceId,
        name: input.name,
        description: input.description,
        actions: { create: actionRows(input.actions) },
      },
      select: listenerSelect,
    })
    .catch(nameConflict);
  await writeAudit(actor, {
    action: "app_listener.created",
    targetType: "app_listener",
    targetId: row.id,
    diff: input,
    ip,
  });
  return serializeListener(row);
}

export async function updateAppListener(
  actor: Principal,
  id: string,
  input: UpdateAppListenerInput,
  ip: string | null,
) {
  await findOwned(actor.workspaceId, id);
  if (input.actions) await assertConnectorsExist(actor.workspaceId, input.actions);
  const row = await db()
    .$transaction(async (tx) => {
      if (input.actions) {
        await tx.appListenerAction.deleteMany({ where: { listenerId: id } });
        await tx.appListenerAction.createMany({
          data: actionRows(input.actions).map((action) => ({ ...action, listenerId: id })),
        });
      }
      return tx.appListener.update({
        where: { id },
        data: { name: input.name, description: input.description },
        select: listenerSelect,
      });
    })
    .catch(nameConflict);
  await writeAudit(actor, { action: "app_listener.updated", targetType: "app_listener", targetId: id, diff: input, ip });
  return serializeListener(row);
}

export async function deleteAppListener(actor: Principal, id: string, ip: string | null) {
  await findOwned(actor.workspaceId, id);
  await db().appListener.delete({ where: { id } });
  await writeAudit(actor, { action: "app_listener.deleted", targetType: "app_listener", targetId: id, ip });
}
