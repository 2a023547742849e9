"use client";
import { ApiTokensPanel } from "../api-tokens/api-tokens-panel";
import { Tabs } from "../ui/tabs";
import { UsersPanel } from "../users/users-panel";

export function SettingsTabs() {
  return (
    <Tabs
      label="Settings sections"
      items={[
        { id: "tokens", label: "API tokens", content: <ApiTokensPanel /> },
        { id: "users", label: "Users", content: <UsersPanel /> },
      ]}
    />
  );
}
