"use client";
import { RelativeTime } from "../ui/relative-time";
import Link from "next/link";
import { cn } from "../ui/cn";
import type { NotificationRow } from "./api-client";

/** Where a notice points: the failed delivery when there is one, else the connector. */
function hrefFor(notification: NotificationRow): string | null {
  if (notification.deliveryId) return `/deliveries/${notification.deliveryId}`;
  if (notification.connectorId) return `/connectors/${notification.connectorId}`;
  return null;
}

export function NotificationItem({
  notification,
  onOpen,
}: {
  notification: NotificationRow;
  onOpen: (notification: NotificationRow) => void;
}) {
  const href = hrefFor(notification);
  const unread = notification.readAt === null;
  const content = (
    <>
      <span className="flex items-start gap-2">
        {unread && <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-indigo-600" />}
        <span className={cn("text-sm", unread ? "font-semibold text-slate-900" : "font-medium text-slate-700")}>
          {notification.title}
          {unread && <span className="sr-only"> (unread)</span>}
        </span>
      </span>
      <span className="mt-0.5 block text-sm break-words text-slate-600">{notification.message}</span>
      <span className="mt-1 block text-xs text-slate-500">
        <RelativeTime value={notification.createdAt} />
        {notification.connector && ` · ${notification.connector.name}`}
      </span>
    </>
  );
  const classes = "block px-4 py-3";
  return (
    <li data-testid="notification-item">
      {href ? (
        <Link
          href={href}
          onClick={() => onOpen(notification)}
          className={cn(classes, "hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-none")}
        >
          {content}
        </Link>
      ) : (
        <div className={classes}>{content}</div>
      )}
    </li>
  );
}
