import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { setupCodeRequired } from "@/lib/auth/setup-code";
import { isSetupComplete } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Set up" };
// Answered per request: whether setup is still open depends on the database, not on the build.
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (await isSetupComplete()) redirect("/login");
  // The same rule the API applies to this request: reached from elsewhere, setup asks for the console's code.
  const askCode = setupCodeRequired((await headers()).get("host"));
  return (
    <AuthCard
      title="Create the first administrator"
      description="Welcome to Switchboard. This account can add other admins and viewers later."
    >
      <SetupForm askCode={askCode} />
    </AuthCard>
  );
}
