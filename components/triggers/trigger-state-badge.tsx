import { Badge } from "../ui/badge";

export function TriggerStateBadge({ enabled }: { enabled: boolean }) {
  return enabled ? <Badge tone="green">Enabled</Badge> : <Badge>Disabled</Badge>;
}
