import { Badge } from "../ui/badge";
import type { EventSource } from "../event-log/events-api";

export const eventSourceLabels: Record<EventSource, string> = {
  api: "API",
  trigger: "Trigger",
  app_webhook: "App webhook",
  test: "Test",
};

const tones = { api: "indigo", trigger: "amber", app_webhook: "green", test: "neutral" } as const;

export function EventSourceBadge({ source }: { source: EventSource }) {
  return <Badge tone={tones[source]}>{eventSourceLabels[source]}</Badge>;
}
