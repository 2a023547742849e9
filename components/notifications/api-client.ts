import { apiRequest } from "../api/request";

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  message: string;
  connectorId: string | null;
  deliveryId: string | null;
  readAt: string | null;
  createdAt: string;
  connector: { id: string; name: string } | null;
}

export const notificationsApi = {
  recent: (signal?: AbortSignal) =>
    apiRequest<{ data: NotificationRow[]; nextCursor: string | null }>("/api/v1/notifications?limit=20", { signal }),
  unreadCount: (signal?: AbortSignal) =>
    apiRequest<{ count: number }>("/api/v1/notifications/unread-count", { signal }),
  markRead: (input: { ids: string[] } | { all: true }) =>
    apiRequest<{ updated: number; count: number }>("/api/v1/notifications/read", { method: "POST", body: input }),
};
