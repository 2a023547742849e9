"use client";
import { ApiTokensPanel } from "../api-tokens/api-tokens-panel";
import { AuditLogPanel } from "../audit/audit-log-panel";
import { useCanWrite } from "../shell/viewer-context";
import { Tabs } from "../ui/tabs";
import { UsersPanel } from "../users/users-panel";
import { EmailPanel } from "./email-panel";
import { ExportPanel } from "./export-panel";
import { NetworkPanel } from "./network-panel";
import { RetentionPanel } from "./retention-panel";
import { WorkspacePanel } from "./workspace-panel";

export function SettingsTabs() {
  // The audit log and exports are for admins only (the API answers 403 to viewers); viewers read the rest.
  const isAdmin = useCanWrite();
  return (
    <Tabs
      label="Settings sections"
      urlParam="tab"
      items={[
        { id: "tokens", label: "API tokens", content: <ApiTokensPanel /> },
        { id: "users", label: "Users", content: <UsersPanel /> },
        { id: "workspace", label: "Workspace", content: <WorkspacePanel /> },
        { id: "network", label: "Network", content: <NetworkPanel /> },
        { id: "email", label: "Email", content: <EmailPanel /> },
        { id: "retention", label: "Data retention", content: <RetentionPanel /> },
        ...(isAdmin
          ? [
              { id: "export", label: "Export", content: <ExportPanel /> },
              { id: "audit", label: "Audit log", content: <AuditLogPanel /> },
            ]
          : []),
      ]}
    />
  );
}
