// GET /overview — signed-in viewers and admins: the landing page, live figures for the chosen range.
import type { Metadata } from "next";
import { Suspense } from "react";
import { OverviewDashboard } from "@/components/overview/overview-dashboard";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Overview" };

export default function OverviewPage() {
  return (
    <>
      <PageHeader
        title="Overview"
        description="Traffic through Switchboard at a glance: events received, deliveries made and connectors that need attention."
      />
      <Suspense>
        <OverviewDashboard />
      </Suspense>
    </>
  );
}
