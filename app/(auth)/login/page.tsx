import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { currentPrincipal } from "@/app/_server/current-principal";
import { LoginForm } from "@/components/auth/login-form";
import { isSetupComplete } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Sign in" };
// Answered per request: where to send the visitor depends on the database and their cookie.
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (!(await isSetupComplete())) redirect("/setup");
  if (await currentPrincipal()) redirect("/overview");
  return (
    <AuthCard title="Sign in" description="Use the email and password of your Switchboard account.">
      <LoginForm />
    </AuthCard>
  );
}
