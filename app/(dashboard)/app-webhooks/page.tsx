// /app-webhooks — every signed-in user: the app uuid, app webhooks with their trigger URLs, and listeners; admins
// create and delete them.
import type { Metadata } from "next";
import { AppUuidCard } from "@/components/app-webhooks/app-uuid-card";
import { AppWebhooksCard } from "@/components/app-webhooks/app-webhooks-card";
import { ListenersCard } from "@/components/app-webhooks/listeners-card";
import { requirePrincipal } from "@/app/_server/current-principal";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "App webhooks" };

export default async function AppWebhooksPage() {
  const principal = await requirePrincipal();
  return (
    <>
      <PageHeader
        title="App webhooks"
        description="Listener-style webhooks: apps register one per action with props, then trigger it with any body."
      />
      <div className="space-y-6">
        <AppUuidCard appUuid={principal.workspaceId} />
        <AppWebhooksCard />
        <ListenersCard />
      </div>
    </>
  );
}
