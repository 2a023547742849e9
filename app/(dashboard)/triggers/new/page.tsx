// /triggers/new — admins: the trigger form; the key is shown once after creating.
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { AdminOnly } from "@/components/triggers/admin-only";
import { TriggerForm } from "@/components/triggers/trigger-form";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "New trigger" };

export default function NewTriggerPage() {
  return (
    <>
      <BackLink href="/triggers">Triggers</BackLink>
      <PageHeader
        title="New trigger"
        description="An inbound URL: how callers authenticate, how requests are stored, and what runs."
      />
      <AdminOnly what="create triggers">
        <TriggerForm />
      </AdminOnly>
    </>
  );
}
