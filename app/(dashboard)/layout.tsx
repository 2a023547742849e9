// Every dashboard page needs a signed-in user: no user yet → /setup, no session → /login.
import type { ReactNode } from "react";
import { requirePrincipal } from "@/app/_server/current-principal";
import { AppShell } from "@/components/shell/app-shell";
import { describePrincipal } from "@/lib/auth/auth-flows";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const principal = await requirePrincipal();
  const { user, role, label } = await describePrincipal(principal);
  return <AppShell viewer={{ email: user?.email ?? label, name: user?.name ?? null, role }}>{children}</AppShell>;
}
