import { Badge } from "../ui/badge";

const tones = {
  succeeded: "green",
  failed: "red",
  dead: "red",
  pending: "indigo",
  in_flight: "amber",
  cancelled: "neutral",
  template_error: "red",
} as const;

const labels: Record<string, string> = { in_flight: "In flight", template_error: "Template error" };

export function DeliveryStatusBadge({ status }: { status: string }) {
  const tone = tones[status as keyof typeof tones] ?? "neutral";
  return <Badge tone={tone}>{labels[status] ?? status.charAt(0).toUpperCase() + status.slice(1)}</Badge>;
}
