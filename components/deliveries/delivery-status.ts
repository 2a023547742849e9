import type { DeliveryKind, DeliveryStatus } from "./api-client";

type Tone = "neutral" | "indigo" | "green" | "amber" | "red";

/** What each status means to someone watching deliveries; the same words in tiles, badges and filters. */
export const deliveryStatusInfo: Record<DeliveryStatus, { label: string; hint: string; tone: Tone }> = {
  pending: { label: "Pending", hint: "Waiting for a worker", tone: "neutral" },
  in_flight: { label: "In flight", hint: "Being sent now", tone: "indigo" },
  succeeded: { label: "Succeeded", hint: "Answered 2xx", tone: "green" },
  failed: { label: "Failed", hint: "A retry is scheduled", tone: "amber" },
  dead: { label: "Dead", hint: "Every attempt failed", tone: "red" },
  cancelled: { label: "Cancelled", hint: "Stopped by an admin", tone: "neutral" },
};

export const deliveryKindLabels: Record<DeliveryKind, string> = {
  event: "Event",
  trigger_action: "Trigger action",
  test: "Test",
  manual: "Manual",
};
