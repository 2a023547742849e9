"use client";
// The header bell: unread count (polled), and a popover of recent notices with "Mark all read". Escape or a click
// outside closes it and gives focus back to the bell.
import { useEffect, useId, useRef, useState } from "react";
import { showServerError } from "../forms/show-server-error";
import { BellIcon } from "../ui/bell-icon";
import { Button } from "../ui/button";
import { TableMessage } from "../ui/table-states";
import type { NotificationRow } from "./api-client";
import { NotificationItem } from "./notification-item";
import { useMarkNotificationsRead } from "./use-mark-notifications-read";
import { useRecentNotifications } from "./use-recent-notifications";
import { useUnreadCount } from "./use-unread-count";

export function NotificationsBell() {
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const recent = useRecentNotifications(open);
  const markRead = useMarkNotificationsRead();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const count = unread.data ?? 0;

  useEffect(() => {
    if (!open) return;
    const close = () => {
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && close();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("pointerdown", onPointer);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  function openNotification(notification: NotificationRow) {
    setOpen(false);
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
  }

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        onClick={() => setOpen((value) => !value)}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? `Notifications, ${count} unread` : "Notifications"}
        className="relative rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <BellIcon />
        {count > 0 && (
          <span
            aria-hidden
            data-testid="unread-count"
            className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] leading-none font-semibold text-white"
          >
            {count > 99 ? "99+" : count}
          </span>
        )}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="region"
          aria-label="Notifications"
          className="absolute right-0 z-40 mt-2 w-96 max-w-[calc(100vw-2rem)] overflow-hidden rounded-lg bg-surface shadow-lg ring-1 ring-slate-200 max-sm:fixed max-sm:inset-x-4 max-sm:top-16 max-sm:mt-0 max-sm:w-auto max-sm:max-w-none"
        >
          <div className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-2.5">
            <h2 className="text-sm font-semibold text-slate-900">Notifications</h2>
            <Button
              variant="ghost"
              size="sm"
              disabled={count === 0}
              loading={markRead.isPending}
              onClick={() => markRead.mutate({ all: true }, { onError: (error) => showServerError(error) })}
            >
              Mark all read
            </Button>
          </div>
          <div className="max-h-[min(28rem,70vh)] overflow-y-auto">
            {recent.isPending ? (
              <TableMessage>Loading…</TableMessage>
            ) : recent.isError ? (
              <TableMessage tone="error">Could not load notifications: {recent.error.message}</TableMessage>
            ) : recent.data.length === 0 ? (
              <TableMessage>
                No notifications. Failed deliveries of connectors with “Notify on failure” show up here.
              </TableMessage>
            ) : (
              <ul className="divide-y divide-slate-100">
                {recent.data.map((notification) => (
                  <NotificationItem key={notification.id} notification={notification} onOpen={openNotification} />
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
