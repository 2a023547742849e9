"use client";
import { ApiTokensPanel } from "../api-tokens/api-tokens-panel";
import { AuditLogPanel } from "../audit/audit-log-panel";
import { useCanWrite } from "../shell/viewer-context";
import { Tabs } from "../ui/tabs";
import { UsersPanel } from "../users/users-panel";

export function SettingsTabs() {
  // The audit log is for admins only (the API answers 403 to viewers).
  const isAdmin = useCanWrite();
  return (
    <Tabs
      label="Settings sections"
      items={[
        { id: "tokens", label: "API tokens", content: <ApiTokensPanel /> },
        { id: "users", label: "Users", content: <UsersPanel /> },
        ...(isAdmin ? [{ id: "audit", label: "Audit log", content: <AuditLogPanel /> }] : []),
      ]}
    />
  );
}
