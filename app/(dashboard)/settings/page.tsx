import type { Metadata } from "next";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/shell/page-header";

export const metadata: Metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="API tokens for scripts and systems, the people who can sign in, and the audit log of who changed what." />
      <SettingsTabs />
    </>
  );
}
