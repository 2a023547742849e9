import type { Metadata } from "next";
import { Suspense } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="API tokens and users, the workspace and its network and email settings, data retention and export, and the audit log of who changed what."
      />
      {/* The tabs read ?tab= with useSearchParams, which needs a Suspense boundary above it. */}
      <Suspense>
        <SettingsTabs />
      </Suspense>
    </>
  );
}
