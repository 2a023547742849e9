import type { DeliveryKind, DeliveryStatus } from "../event-log/deliveries-api";

type Tone = "neutral" | "indigo" | "green" | "amber" | "red";

/** What each status means to someone watching deliveries; the same words in tiles, badges and filters. */
export const deliveryStatusInfo: Record<DeliveryStatus, { label: string; hint: string; tone: Tone }> = {
  pending: { label: "Pending", hint: "Queued to send", tone: "neutral" },
  in_flight: { label: "In flight", hint: "Sending now", tone: "indigo" },
  succeeded: { label: "Succeeded", hint: "Answered 2xx", tone: "green" },
  failed: { label: "Failed", hint: "Retry scheduled", tone: "amber" },
  dead: { label: "Dead", hint: "Out of attempts", tone: "red" },
  cancelled: { label: "Cancelled", hint: "Stopped by hand", tone: "neutral" },
  template_error: { label: "Template error", hint: "Could not render: fix the connector, retry", tone: "red" },
};

export const deliveryKindLabels: Record<DeliveryKind, string> = {
  event: "Event",
  trigger_action: "Trigger action",
  test: "Test",
  manual: "Manual",
};
