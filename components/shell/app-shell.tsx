"use client";
// The dashboard frame: a fixed sidebar on wide screens, a drawer behind the menu button on small ones, and a
// header with who is signed in.
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { NotificationsBell } from "../notifications/notifications-bell";
import { Badge } from "../ui/badge";
import { cn } from "../ui/cn";
import { CloseIcon, MenuIcon } from "../ui/icons";
import { Logo } from "../ui/logo";
import { LogoutButton } from "./logout-button";
import { SidebarNav } from "./sidebar-nav";
import { ThemeToggle } from "./theme-toggle";
import { ViewerProvider, type SignedInViewer } from "./viewer-context";

export function AppShell({ viewer, children }: { viewer: SignedInViewer; children: ReactNode }) {
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Null only while a Pages Router page renders; the dashboard is App Router throughout.
  const pathname = usePathname() ?? "/";

  // Close the drawer when the route changes (a link was followed) — state reset during render, as React advises.
  const [lastPath, setLastPath] = useState(pathname);
  if (lastPath !== pathname) {
    setLastPath(pathname);
    setDrawerOpen(false);
  }

  useEffect(() => {
    if (!drawerOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setDrawerOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [drawerOpen]);

  return (
    <ViewerProvider viewer={viewer}>
      <a
        href="#main"
        className="sr-only rounded-md bg-surface text-sm font-medium text-indigo-700 shadow-lg ring-2 ring-indigo-600 focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:px-4 focus:py-2"
      >
        Skip to content
      </a>

      {drawerOpen && (
        <div className="fixed inset-0 z-30 bg-black/60 lg:hidden" aria-hidden onClick={() => setDrawerOpen(false)} />
      )}

      <aside
        id="sidebar"
        className={cn(
          "always-dark fixed inset-y-0 left-0 z-40 flex w-64 flex-col bg-slate-900 pb-4 transition-transform duration-200 lg:translate-x-0",
          // Invisible (not just off-screen) when closed, so keyboard focus cannot wander into a hidden drawer.
          drawerOpen ? "translate-x-0" : "-translate-x-full max-lg:invisible",
        )}
      >
        <div className="flex h-16 items-center justify-between px-6">
          <Logo inverted />
          <button
            type="button"
            onClick={() => setDrawerOpen(false)}
            className="rounded-md p-1.5 text-slate-400 hover:text-white focus-visible:outline-2 focus-visible:outline-indigo-400 lg:hidden"
          >
            <CloseIcon />
            <span className="sr-only">Close menu</span>
          </button>
        </div>
        <SidebarNav />
        <div className="space-y-3 border-t border-slate-800 px-6 pt-4 text-xs text-slate-400">
          <ThemeToggle />
          <div>
            {/* The header hides the email on narrow screens; the drawer shows it instead. */}
            <p className="truncate text-slate-300 sm:hidden">{viewer.email}</p>
            <p>Default workspace</p>
          </div>
        </div>
      </aside>

      <div className="lg:pl-64">
        <header className="sticky top-0 z-20 flex h-16 items-center gap-3 border-b border-slate-200 bg-surface/90 px-4 backdrop-blur sm:px-6 lg:px-8">
          <button
            type="button"
            onClick={() => setDrawerOpen(true)}
            aria-controls="sidebar"
            aria-expanded={drawerOpen}
            className="-ml-1 rounded-md p-1.5 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 lg:hidden"
          >
            <MenuIcon />
            <span className="sr-only">Open menu</span>
          </button>
          <span className="lg:hidden">
            <Logo compact />
          </span>
          <div className="flex flex-1 items-center justify-end gap-3">
            <NotificationsBell />
            <span className="hidden truncate text-sm text-slate-700 sm:inline" data-testid="signed-in-email">
              {viewer.email}
            </span>
            <Badge tone={viewer.role === "admin" ? "indigo" : "neutral"}>{viewer.role}</Badge>
            <span className="hidden h-6 w-px bg-slate-200 sm:block" aria-hidden />
            <LogoutButton />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </ViewerProvider>
  );
}
