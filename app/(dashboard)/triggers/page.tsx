// /triggers — every signed-in user: the inbound trigger list; admins create new ones.
import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { NewTriggerButton } from "@/components/triggers/new-trigger-button";
import { TriggersList } from "@/components/triggers/triggers-list";

export const metadata: Metadata = { title: "Triggers" };

export default function TriggersPage() {
  return (
    <>
      <PageHeader
        title="Triggers"
        description="Inbound webhook URLs that external systems post to."
        actions={<NewTriggerButton />}
      />
      <TriggersList />
    </>
  );
}
