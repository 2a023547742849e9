export const notificationKeys = {
  all: ["notifications"] as const,
  recent: () => [...notificationKeys.all, "recent"] as const,
  unreadCount: () => [...notificationKeys.all, "unread-count"] as const,
};
