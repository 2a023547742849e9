import {
  BookIcon,
  HomeIcon,
  InboxIcon,
  PlugIcon,
  SendIcon,
  SettingsIcon,
  TagIcon,
  WebhookIcon,
  ZapIcon,
} from "../ui/icons";

export const navItems = [
  { href: "/overview", label: "Overview", icon: HomeIcon },
  { href: "/connectors", label: "Connectors", icon: PlugIcon },
  { href: "/event-types", label: "Event types", icon: TagIcon },
  { href: "/events", label: "Events", icon: InboxIcon },
  { href: "/deliveries", label: "Deliveries", icon: SendIcon },
  { href: "/triggers", label: "Triggers", icon: ZapIcon },
  { href: "/app-webhooks", label: "App webhooks", icon: WebhookIcon },
  { href: "/settings", label: "Settings", icon: SettingsIcon },
  { href: "/docs/api", label: "API docs", icon: BookIcon },
] as const;
