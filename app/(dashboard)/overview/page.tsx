import type { Metadata } from "next";
import { GettingStarted } from "@/components/overview/getting-started";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { InboxIcon } from "@/components/ui/icons";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return (
    <>
      <PageHeader title="Overview" description="Traffic through Switchboard at a glance: events received, deliveries made and connectors that need attention." />
      <div className="space-y-8">
        <GettingStarted />
        <EmptyState
          icon={<InboxIcon />}
          title="No activity yet"
          description="Once events arrive and deliveries run, this page shows volume over time, the success rate and the connectors that are failing."
        />
      </div>
    </>
  );
}
