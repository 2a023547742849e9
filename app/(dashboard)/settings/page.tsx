import type { Metadata } from "next";
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
      <SettingsTabs />
    </>
  );
}
