// Every dashboard page needs a signed-in user: no user yet → /setup, no session → /login.
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentPrincipal } from "@/components/auth/current-principal";
import { AppShell } from "@/components/shell/app-shell";
import { describePrincipal } from "@/lib/auth/auth-flows";
import { isSetupComplete } from "@/lib/auth/users";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const principal = await currentPrincipal();
  if (!principal) redirect((await isSetupComplete()) ? "/login" : "/setup");
  const { user, role, label } = await describePrincipal(principal);
  return <AppShell viewer={{ email: user?.email ?? label, name: user?.name ?? null, role }}>{children}</AppShell>;
}
