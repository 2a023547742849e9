// Reading in-app notifications (raised by lib/notifications/raise-notification.ts) for the header bell.
// Read state is per workspace, not per user: one team shares one inbox of failures.
import { db } from "../db";
import type { ListNotificationsQuery, MarkReadInput } from "./schema";

const notificationSelect = {
  id: true,
  kind: true,
  title: true,
  message: true,
  connectorId: true,
  deliveryId: true,
  readAt: true,
  createdAt: true,
  connector: { select: { id: true, name: true } },
} as const;

type Position = { read: boolean; id: string };

const encodeCursor = (position: Position) => `${position.read ? "r" : "u"}:${position.id}`;
const decodeCursor = (cursor: string): Position => ({ read: cursor.startsWith("r:"), id: cursor.slice(2) });

/**
 * Unread first, newest first within each group (ids are UUID v7, so id order is creation order). The cursor
 * records which group the page ended in, so the next page continues there.
 */
export async function listNotifications(workspaceId: string, query: ListNotificationsQuery) {
  const position = query.cursor ? decodeCursor(query.cursor) : null;
  const want = query.limit + 1;
  const page = (read: boolean, take: number) =>
    db().notification.findMany({
      where: {
        workspaceId,
        readAt: read ? { not: null } : null,
        ...(position && position.read === read ? { id: { lt: position.id } } : {}),
      },
      orderBy: { id: "desc" },
      take,
      select: notificationSelect,
    });

  const rows = position?.read ? [] : await page(false, want);
  if (rows.length < want && !query.unreadOnly) rows.push(...(await page(true, want - rows.length)));
  const data = rows.slice(0, query.limit);
  const last = data.at(-1);
  return {
    data,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ read: last.readAt !== null, id: last.id }) : null,
  };
}

export async function unreadNotificationCount(workspaceId: string) {
  return { count: await db().notification.count({ where: { workspaceId, readAt: null } }) };
}

export async function markNotificationsRead(workspaceId: string, input: MarkReadInput) {
  const { count } = await db().notification.updateMany({
    where: { workspaceId, readAt: null, ...("ids" in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { updated: count, ...(await unreadNotificationCount(workspaceId)) };
}
