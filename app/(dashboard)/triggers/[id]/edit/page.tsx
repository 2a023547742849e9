// /triggers/{id}/edit — admins: the trigger form with the saved values (the key changes only through Rotate).
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { AdminOnly } from "@/components/triggers/admin-only";
import { EditTrigger } from "@/components/triggers/edit-trigger";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Edit trigger" };

export default async function EditTriggerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <BackLink href={`/triggers/${id}`}>Trigger</BackLink>
      <PageHeader title="Edit trigger" />
      <AdminOnly what="edit triggers">
        <EditTrigger id={id} />
      </AdminOnly>
    </>
  );
}
